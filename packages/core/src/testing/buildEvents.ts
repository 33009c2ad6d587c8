import type { Citation } from "../schema/Citation.js";
import type { Document } from "../schema/Document.js";
import type { Event, OrganizationInvolvement, Participation } from "../schema/Event.js";
import type { Source } from "../schema/Source.js";
import type { EventKind, EventStatus, ParticipantRole } from "../schema/vocabularies.js";
import { isoDay, isoMonth, monthSpan } from "./days.js";
import { otherSide, type GeneratorContext, type Side } from "./GeneratorContext.js";
import type { World } from "./buildWorld.js";
import { holderAt, type Deputy, type Offices, type Seat } from "./buildOffices.js";
import type { Random } from "./createRandom.js";
import { slugify } from "./syntheticIds.js";

/** Walks a list once in order (so every item is used), then picks at random. */
function cursor<T>(rng: Random, items: readonly T[]): () => T {
  let i = 0;
  return () => (i < items.length ? items[i++]! : rng.pick(items));
}

const COUNTRY_NAME: Record<Side, string> = { vn: "Vietnam", ru: "Russia" };

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** Who leads each side of an encounter, and what it is about. */
interface Pairing {
  guest: Seat;
  host: Seat;
  topic: string | null;
}

/** Details of one event before it is written as a record. */
interface EventSpec {
  kind: EventKind;
  date: string;
  /** A day inside the date's span; holders are looked up on it and sources are published after it. */
  anchor: number;
  status: EventStatus;
  title: string;
  summary: string;
  hint: string;
  countries: string[];
  participants?: { person: string; role: ParticipantRole; post?: string; capacity?: string }[];
  organizations?: OrganizationInvolvement[];
  topics?: string[];
  place?: string;
  parent?: string;
  series?: string;
  sequence?: number;
}

/** Builds the events (visits with their meetings, sessions, calls…), the sources that report them, documents and statements. */
export function buildEvents(ctx: GeneratorContext, world: World, offices: Offices): void {
  const { rng, ids, data } = ctx;
  const nameOf = (id: string) => offices.nameOf.get(id) ?? id;
  const topicLabel = new Map(world.leafTopics.map((t) => [t.id, t.label]));
  const nextTopic = cursor(
    rng,
    world.leafTopics.map((t) => t.id),
  );
  const nextDeputy = { vn: cursor(rng, offices.deputies.vn), ru: cursor(rng, offices.deputies.ru) } satisfies Record<
    Side,
    () => Deputy
  >;
  const nextPublisher = cursor(rng, world.publishers);

  // Sources: up to seven consecutive events within ten days are reported together, published on or after the last of them.
  let group: { source: Source; events: Event[]; left: number; first: number; latest: number } | null = null;
  let sourceCount = 0;
  const openSource = (): Source => {
    const publisher = nextPublisher();
    sourceCount++;
    const language =
      publisher.side === "vn"
        ? rng.chance(0.5)
          ? "vi"
          : "en"
        : publisher.side === "ru"
          ? rng.chance(0.5)
            ? "ru"
            : "en"
          : "en";
    const source: Source = {
      id: ids.take(`${publisher.organization.id}-${sourceCount}`),
      title: "",
      publisher: publisher.organization.id,
      url: `${publisher.organization.url ?? "https://example.com/"}reports/${sourceCount}`,
      published: null,
      language,
      textAvailable: false,
    };
    data.sources.push(source);
    return source;
  };
  const closeGroup = () => {
    if (!group) return;
    const { source, events, latest } = group;
    source.title = events[0]!.title;
    source.published = rng.chance(0.85) ? isoDay(latest + rng.int(0, 3)) : isoMonth(monthSpan(latest).last + 1);
    if (rng.chance(0.15)) {
      const copy = openSource();
      copy.title = `${source.title} (republished)`;
      copy.republishes = source.id;
      copy.published = rng.chance(0.5) ? null : `../${isoDay(latest + rng.int(3, 20))}`;
      copy.note = "Republishes a wire report; its own publication date is not known exactly.";
      for (const event of events) if (rng.chance(0.6) || event === events[0]) event.citations.push({ source: copy.id });
      copy.title = copy.title || source.title;
    }
    group = null;
  };
  const cite = (event: Event, anchor: number): string => {
    if (group && anchor - group.first > 10) closeGroup();
    if (!group) group = { source: openSource(), events: [], left: rng.int(3, 7), first: anchor, latest: anchor };
    group.events.push(event);
    group.latest = Math.max(group.latest, anchor);
    const id = group.source.id;
    if (--group.left === 0) closeGroup();
    return id;
  };

  const add = (spec: EventSpec): Event => {
    const event: Event = {
      id: ids.take(`${isoMonth(spec.anchor)}-${spec.kind}-${spec.hint}`),
      title: spec.title,
      kind: spec.kind,
      date: spec.date,
      status: spec.status,
      earlierPlans: [],
      ...(spec.parent ? { parent: spec.parent } : {}),
      ...(spec.series ? { series: spec.series, sequence: spec.sequence! } : {}),
      ...(spec.place ? { place: spec.place } : {}),
      countries: spec.countries,
      participants: [],
      organizations: spec.organizations ?? [],
      topics: [...new Set(spec.topics ?? [])],
      summary: spec.summary,
      citations: [],
    };
    data.events.push(event);
    const source = cite(event, spec.anchor);
    const citation: Citation = rng.chance(0.3) ? { source, paragraph: rng.int(1, 12) } : { source };
    event.citations.unshift(citation);
    const seen = new Set<string>();
    for (const p of spec.participants ?? []) {
      if (seen.has(p.person)) continue;
      seen.add(p.person);
      const participation: Participation = {
        person: p.person,
        role: p.role,
        posts: p.post ? [p.post] : [],
        ...(p.capacity ? { capacity: p.capacity } : {}),
        citations: [{ source }],
      };
      event.participants.push(participation);
    }
    if (spec.status === "took-place" && !spec.parent && rng.chance(0.03)) {
      event.earlierPlans.push({
        date: isoMonth(spec.anchor - rng.int(30, 200)),
        outcome: "postponed",
        reason: "Rescheduled at the host's request (synthetic).",
        citations: [{ source }],
      });
    }
    return event;
  };

  const lead = (seat: Seat, day: number, role: ParticipantRole) => ({
    person: holderAt(seat, day).person,
    role,
    post: seat.post.id,
  });
  const delegation = (side: Side, count: number, role: ParticipantRole = "delegation-member") =>
    Array.from({ length: count }, () => {
      const deputy = nextDeputy[side]();
      return { person: deputy.id, role, capacity: deputy.capacity };
    });
  const involvement = (pairing: Pairing): OrganizationInvolvement[] =>
    pairing.guest.chamber.id === pairing.host.chamber.id
      ? [{ organization: pairing.host.chamber.id, role: "host" }]
      : [
          { organization: pairing.guest.chamber.id, role: "guest" },
          { organization: pairing.host.chamber.id, role: "host" },
        ];

  const pair = (guestSide: Side): Pairing => {
    const hostSide = otherSide(guestSide);
    const roll = rng.next();
    const seatOf = (side: Side, seats: Seat[]) =>
      side === "vn" ? seats[0]! : rng.chance(0.7) ? seats[0]! : seats[seats.length - 1]!;
    if (roll < 0.25 && offices.committees.length > 0) {
      const committee = rng.pick(offices.committees);
      const seats = { vn: committee.vn, ru: rng.pick(committee.ru) };
      return { guest: seats[guestSide], host: seats[hostSide], topic: committee.topic };
    }
    if (roll < 0.45 && offices.regions.vn.length > 0) {
      return { guest: rng.pick(offices.regions[guestSide]), host: rng.pick(offices.regions[hostSide]), topic: null };
    }
    if (roll < 0.55)
      return {
        guest: offices.friendship[guestSide],
        host: offices.friendship[hostSide],
        topic: "friendship-societies",
      };
    return {
      guest: seatOf(guestSide, offices.top[guestSide]),
      host: seatOf(hostSide, offices.top[hostSide]),
      topic: null,
    };
  };
  const cityFor = (pairing: Pairing) => {
    if (pairing.host.city !== world.capital[pairing.host.side] || rng.chance(0.7)) return pairing.host.city;
    return rng.pick(world.cities[pairing.host.side]);
  };
  const placeIn = (city: World["capital"]["vn"]): string | undefined => {
    const roll = rng.next();
    if (roll < 0.7 && city.venues.length > 0) return rng.pick(city.venues);
    return roll < 0.95 ? city.id : undefined;
  };
  const withPlace = (place: string | undefined): { place?: string } => (place ? { place } : {});
  const topicsFor = (pairing: Pairing | null) => {
    const list = [nextTopic()];
    if (pairing?.topic) list.push(pairing.topic);
    else if (rng.chance(0.3)) list.push(nextTopic());
    return list;
  };
  const topicWords = (topics: string[]) => topics.map((t) => (topicLabel.get(t) ?? t).toLowerCase()).join(" and ");
  const standaloneStatus = (): EventStatus => {
    const roll = rng.next();
    return roll < 0.9 ? "took-place" : roll < 0.94 ? "announced" : roll < 0.97 ? "postponed" : "cancelled";
  };

  const statement = (event: Event, speaker: string) => {
    const topic = event.topics[0];
    data.statements.push({
      id: ids.take(`${event.id}-statement-${speaker}`),
      speaker,
      event: event.id,
      topics: topic ? [topic] : [],
      summary:
        `${nameOf(speaker)} called for closer cooperation on ` +
        `${topic ? (topicLabel.get(topic) ?? topic).toLowerCase() : "legislation"}.`,
      citations: [{ source: event.citations[0]!.source }],
    });
  };
  const documentAt = (event: Event, pairing: Pairing, kind: Document["kind"]) => {
    const words =
      kind === "memorandum"
        ? "Memorandum of understanding"
        : kind === "joint-statement"
          ? "Joint statement"
          : "Agreement";
    const topic = event.topics[0] ?? "legislation";
    const label = (topicLabel.get(topic) ?? topic).toLowerCase();
    const signatories = event.participants
      .filter((p) => p.posts.includes(pairing.guest.post.id) || p.posts.includes(pairing.host.post.id))
      .map((p) => p.person);
    data.documents.push({
      id: ids.take(`${event.id}-${kind}`),
      title: `${words} on ${label} between the ${pairing.guest.chamber.name} and the ${pairing.host.chamber.name}`,
      kind,
      parties: [...new Set([pairing.guest.chamber.id, pairing.host.chamber.id])],
      signatories,
      date: event.date,
      event: event.id,
      summary: `The two sides commit to cooperate on ${label} (synthetic).`,
      topics: [topic],
      citations: [{ source: event.citations[0]!.source }],
    });
  };

  const visit = (start: number, budget: number): number => {
    const guestSide: Side = rng.chance(0.5) ? "vn" : "ru";
    const hostSide = otherSide(guestSide);
    const pairing = pair(guestSide);
    const city = cityFor(pairing);
    let end = start + rng.int(1, 4);
    const byMonth = rng.chance(0.1);
    if (byMonth) end = Math.min(end, monthSpan(start).last);
    const status: EventStatus = rng.chance(0.95) ? "took-place" : "announced";
    const guest = lead(pairing.guest, start, "guest");
    const members = delegation(guestSide, rng.int(0, 3));
    const topics = topicsFor(pairing);
    let used = 0;
    let tripId: string | undefined;
    if (budget >= 3 && status === "took-place" && rng.chance(0.05)) {
      const third = rng.pick(world.thirdCapitals);
      const trip = add({
        kind: "trip",
        date: `${isoDay(start - 1)}/${isoDay(end + 2)}`,
        anchor: start,
        status,
        title: `${nameOf(guest.person)}'s trip to ${COUNTRY_NAME[hostSide]} and ${third.city.name}`,
        summary: `A journey that included an official programme in ${COUNTRY_NAME[hostSide]} (synthetic).`,
        hint: guest.person,
        countries: [guestSide, hostSide, third.country],
        participants: [guest],
        topics,
      });
      tripId = trip.id;
      used++;
    }
    const kind: EventKind =
      pairing.guest === offices.top[guestSide][0] && rng.chance(0.15)
        ? "state-visit"
        : rng.chance(0.55)
          ? "official-visit"
          : "working-visit";
    const host = lead(pairing.host, start, "host");
    const parent = add({
      kind,
      date: byMonth ? isoMonth(start) : `${isoDay(start)}/${isoDay(end)}`,
      anchor: start,
      status,
      title: `${nameOf(guest.person)}'s ${kind.replace("-", " ")} to ${COUNTRY_NAME[hostSide]}`,
      summary:
        `${nameOf(guest.person)} visited ${city.name} at the invitation of ${nameOf(host.person)}; ` +
        `the sides discussed ${topicWords(topics)}.`,
      hint: guest.person,
      countries: [guestSide, hostSide],
      participants: [guest, host, ...members],
      organizations: involvement(pairing),
      topics,
      place: city.id,
      ...(tripId ? { parent: tripId } : {}),
    });
    used++;
    if (status !== "took-place") return used;
    const children = Math.min(budget - used, rng.int(1, 4));
    for (let c = 0; c < children; c++) {
      const day = start + rng.int(0, end - start);
      const g = lead(pairing.guest, day, "guest");
      const h = lead(pairing.host, day, "host");
      const childKind = rng.pick([
        "talks",
        "talks",
        "reception",
        "meeting",
        "signing",
        "ceremony",
        "cultural-event",
      ] as const);
      const common = {
        date: isoDay(day),
        anchor: day,
        status: "took-place" as const,
        countries: [guestSide, hostSide],
        parent: parent.id,
        topics,
        hint: g.person,
      };
      const at = withPlace(placeIn(city));
      switch (childKind) {
        case "talks": {
          const child = add({
            ...common,
            ...at,
            kind: "talks",
            title: `Talks between ${nameOf(g.person)} and ${nameOf(h.person)}`,
            summary: `Formal talks on ${topicWords(topics)}.`,
            participants: [g, h, ...members],
            organizations: involvement(pairing),
          });
          if (rng.chance(0.2)) documentAt(child, pairing, "joint-statement");
          if (rng.chance(0.3)) statement(child, rng.chance(0.5) ? g.person : h.person);
          break;
        }
        case "reception": {
          const receiver =
            pairing.host === offices.top[hostSide][0] ? rng.pick(offices.vice[hostSide]) : offices.top[hostSide][0]!;
          const r = lead(receiver, day, "host");
          add({
            ...common,
            ...at,
            kind: "reception",
            title: `${nameOf(r.person)} receives ${nameOf(g.person)}`,
            summary: `A courtesy call during the visit.`,
            participants: [g, r],
          });
          break;
        }
        case "meeting": {
          const local =
            offices.regions[hostSide].length > 0
              ? lead(rng.pick(offices.regions[hostSide]), day, "attendee")
              : { ...h, role: "attendee" as const };
          const child = add({
            ...common,
            ...at,
            kind: "meeting",
            title: `${nameOf(g.person)} meets ${nameOf(local.person)}`,
            summary: `A meeting on regional ties and ${topicWords(topics)}.`,
            participants: [{ ...g, role: "attendee" }, local],
          });
          if (rng.chance(0.3)) statement(child, local.person);
          break;
        }
        case "signing": {
          const child = add({
            ...common,
            ...at,
            kind: "signing",
            title: `Signing ceremony: ${nameOf(g.person)} and ${nameOf(h.person)}`,
            summary: `The two sides signed a cooperation document on ${topicWords(topics)}.`,
            participants: [
              { ...g, role: "signatory" },
              { ...h, role: "signatory" },
            ],
            organizations: involvement(pairing),
          });
          documentAt(child, pairing, rng.chance(0.5) ? "agreement" : "memorandum");
          break;
        }
        case "ceremony":
          add({
            ...common,
            ...at,
            kind: "ceremony",
            title: `Welcome ceremony for ${nameOf(g.person)}`,
            summary: `An official welcome in ${city.name}.`,
            participants: [g, { ...h, role: "welcomed-by" }],
          });
          break;
        default:
          add({
            ...common,
            ...at,
            kind: "cultural-event",
            title: `Cultural evening in honour of ${nameOf(g.person)}`,
            summary: `A performance attended by the delegation.`,
            participants: [{ ...g, role: "attendee" }, ...members.map((m) => ({ ...m, role: "attendee" as const }))],
          });
      }
      used++;
    }
    return used;
  };

  const sessionCounts = new Map<string, number>();
  const standalone = (day: number) => {
    const guestSide: Side = rng.chance(0.5) ? "vn" : "ru";
    const hostSide = otherSide(guestSide);
    const roll = rng.next();
    const status = standaloneStatus();
    if (roll < 0.14) {
      const m = rng.pick(world.mechanisms);
      const sequence = (sessionCounts.get(m.organization.id) ?? 0) + 1;
      sessionCounts.set(m.organization.id, sequence);
      const committee = m.subject ? offices.committees.find((c) => c.topic === m.subject!.topic) : undefined;
      const seats = committee
        ? { vn: committee.vn, ru: committee.ru[0]! }
        : { vn: offices.top.vn[0]!, ru: offices.top.ru[0]! };
      const host: Side = sequence % 2 === 1 ? "ru" : "vn";
      const pairing: Pairing = {
        guest: seats[otherSide(host)],
        host: seats[host],
        topic: m.subject?.topic ?? "law-making-experience",
      };
      const topics = topicsFor(pairing);
      const event = add({
        kind: "committee-session",
        date: rng.chance(0.5) ? isoDay(day) : `${isoDay(day)}/${isoDay(day + 1)}`,
        anchor: day,
        status,
        title: `${ordinal(sequence)} session of the ${m.organization.name}`,
        summary: `The co-chairs reviewed cooperation on ${topicWords(topics)}.`,
        hint: `${m.organization.id}-${sequence}`,
        countries: [otherSide(host), host],
        participants: [
          lead(pairing.guest, day, "co-chair"),
          lead(pairing.host, day, "co-chair"),
          ...delegation(otherSide(host), rng.int(0, 2)),
        ],
        organizations: [{ organization: m.organization.id, role: "organizer" }, ...involvement(pairing)],
        topics,
        series: m.organization.id,
        sequence,
        ...withPlace(placeIn(pairing.host.city)),
      });
      if (rng.chance(0.3)) statement(event, event.participants[0]!.person);
      return;
    }
    const pairing = pair(guestSide);
    const g = (role: ParticipantRole) => lead(pairing.guest, day, role);
    const h = (role: ParticipantRole) => lead(pairing.host, day, role);
    const topics = topicsFor(pairing);
    const base = { anchor: day, status, countries: [guestSide, hostSide], topics };
    if (roll < 0.28) {
      const [a, b] = [g("caller"), h("called")];
      add({
        ...base,
        kind: "phone-call",
        date: isoDay(day),
        title: `Phone call between ${nameOf(a.person)} and ${nameOf(b.person)}`,
        summary: `They spoke about ${topicWords(topics)}.`,
        hint: a.person,
        participants: [a, b],
      });
    } else if (roll < 0.38) {
      const [a, b] = [g("speaker"), h("honoree")];
      const occasion = rng.pick([
        "on the anniversary of diplomatic relations",
        "on National Day",
        "on re-election",
        "on Victory Day",
        "on the New Year",
      ]);
      add({
        ...base,
        kind: "message",
        date: rng.chance(0.6) ? isoDay(day) : isoMonth(day),
        title: `${nameOf(a.person)}'s message to ${nameOf(b.person)} ${occasion}`,
        summary: `A message of congratulations that also mentioned ${topicWords(topics)}.`,
        hint: a.person,
        participants: [a, b],
      });
    } else if (roll < 0.47) {
      const [a, b] = [g("co-chair"), h("co-chair")];
      const event = add({
        ...base,
        kind: "online-meeting",
        date: isoDay(day),
        title: `Online meeting of ${nameOf(a.person)} and ${nameOf(b.person)}`,
        summary: `A video conference on ${topicWords(topics)}.`,
        hint: a.person,
        participants: [a, b, ...delegation(guestSide, rng.int(0, 2))],
      });
      if (rng.chance(0.3)) statement(event, a.person);
    } else if (roll < 0.72) {
      const kind = rng.pick(["talks", "meeting", "reception"] as const);
      const city = cityFor(pairing);
      const place = placeIn(city);
      const [a, b] = kind === "meeting" ? [g("attendee"), h("attendee")] : [g("guest"), h("host")];
      const title =
        kind === "talks"
          ? `Talks between ${nameOf(a.person)} and ${nameOf(b.person)} in ${city.name}`
          : kind === "meeting"
            ? `${nameOf(a.person)} meets ${nameOf(b.person)} in ${city.name}`
            : `${nameOf(b.person)} receives ${nameOf(a.person)}`;
      const event = add({
        ...base,
        kind,
        date: isoDay(day),
        title,
        summary: `Discussion of ${topicWords(topics)}.`,
        hint: a.person,
        participants: [a, b, ...delegation(guestSide, rng.int(0, 2))],
        organizations: involvement(pairing),
        ...withPlace(place),
      });
      if (rng.chance(0.25)) statement(event, rng.chance(0.5) ? a.person : b.person);
      if (kind === "talks" && rng.chance(0.1)) documentAt(event, pairing, "joint-statement");
    } else if (roll < 0.77) {
      const third = rng.pick(world.thirdCapitals);
      const [a, b] = [g("attendee"), h("attendee")];
      const multilateral = [rng.pick(["ipu", "appf", "diplomacy"]), ...topics];
      add({
        ...base,
        topics: multilateral,
        kind: "meeting",
        date: isoDay(day),
        title: `${nameOf(a.person)} meets ${nameOf(b.person)} in ${third.city.name}`,
        summary: `A meeting on the sidelines of a multilateral assembly in ${third.city.name}.`,
        hint: a.person,
        countries: [guestSide, hostSide, third.country],
        participants: [a, b],
        ...withPlace(placeIn(third.city)),
      });
    } else if (roll < 0.82) {
      const city = cityFor(pairing);
      const [a, b] = [g("signatory"), h("signatory")];
      const event = add({
        ...base,
        kind: "signing",
        date: isoDay(day),
        title: `${nameOf(a.person)} and ${nameOf(b.person)} sign a cooperation document`,
        summary: `A document on ${topicWords(topics)} was signed in ${city.name}.`,
        hint: a.person,
        participants: [a, b],
        organizations: involvement(pairing),
        place: city.id,
      });
      documentAt(event, pairing, rng.pick(["agreement", "memorandum", "regulations"] as const));
    } else if (roll < 0.9) {
      const city = rng.pick(world.cities[hostSide]);
      const organizer = nextDeputy[hostSide]();
      const byMonth = rng.chance(0.3);
      const span = rng.int(1, 6);
      const end = day + span;
      const label = topicLabel.get(topics[0]!) ?? "Culture";
      add({
        ...base,
        kind: "cultural-event",
        date: byMonth ? isoMonth(day) : `${isoDay(day)}/${isoDay(end)}`,
        title: `${label} days of ${COUNTRY_NAME[guestSide]} in ${city.name}`,
        summary: `A festival with performances and exhibitions, opened by legislators of both countries.`,
        hint: slugify(city.name),
        participants: [
          { person: organizer.id, role: "organizer", capacity: organizer.capacity },
          ...(rng.chance(0.6) ? [g("attendee")] : []),
        ],
        place: placeIn(city) ?? city.id,
      });
    } else {
      const year = Number(isoDay(day).slice(0, 4));
      const roll2 = rng.next();
      const date = roll2 < 0.5 ? String(year) : roll2 < 0.8 ? isoMonth(day) : `${isoMonth(day)}~`;
      if (rng.chance(0.6)) {
        add({
          ...base,
          status: "took-place",
          kind: "milestone",
          date,
          topics: ["anniversaries"],
          title: `${ordinal(year - 1950)} anniversary of Vietnam–Russia diplomatic relations`,
          summary: `Both legislatures marked the anniversary (synthetic).`,
          hint: "anniversary",
          countries: ["vn", "ru"],
        });
      } else {
        add({
          ...base,
          status: "took-place",
          kind: "diplomatic-recognition",
          date,
          topics: ["diplomacy"],
          title: `Exchange of notes between the ${pairing.guest.chamber.name} and the ${pairing.host.chamber.name}`,
          summary: `The two bodies recognised each other as partners (synthetic).`,
          hint: slugify(pairing.guest.chamber.id),
          organizations: involvement(pairing),
        });
      }
    }
  };

  const span = ctx.lastDay - ctx.firstDay;
  let made = 0;
  while (made < ctx.size) {
    const day = ctx.firstDay + Math.floor((made * span) / ctx.size);
    if (rng.chance(0.3)) made += visit(day, ctx.size - made);
    else {
      standalone(day);
      made++;
    }
  }
  closeGroup();
}
