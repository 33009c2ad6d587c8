import type { Citation } from "../schema/Citation.js";
import type { Membership } from "../schema/Membership.js";
import type { Organization } from "../schema/Organization.js";
import type { Person } from "../schema/Person.js";
import type { Post } from "../schema/Post.js";
import { isoDay, isoMonth } from "./days.js";
import { type GeneratorContext, type Side } from "./GeneratorContext.js";
import type { World } from "./buildWorld.js";
import { feminineSurname, syntheticNames } from "./syntheticNames.js";
import { slugify } from "./syntheticIds.js";

/** One term in a seat: a person in post from `start` to `end` (day numbers; null while ongoing). */
export interface Term {
  start: number;
  end: number | null;
  /** The next term in the seat is the same person, re-elected. */
  reelected: boolean;
  person: string;
}

/** One seat of a post (a single-holder post has one; a multi-holder post several), with its chain of terms. */
export interface Seat {
  post: Post;
  side: Side;
  /** The legislature or chamber the post belongs to, named as the event's involved organization. */
  chamber: Organization;
  /** The city where the body sits. */
  city: World["capital"]["vn"];
  terms: Term[];
}

/** A member of a legislature without a recorded post, who joins delegations. */
export interface Deputy {
  id: string;
  capacity: string;
}

/** Every seat and person of a synthetic dataset, grouped the way events pick them. */
export interface Offices {
  top: Record<Side, Seat[]>;
  vice: Record<Side, Seat[]>;
  friendship: Record<Side, Seat>;
  committees: { topic: string; vn: Seat; ru: Seat[] }[];
  regions: Record<Side, Seat[]>;
  deputies: Record<Side, Deputy[]>;
  /** A person's English name by id. */
  nameOf: Map<string, string>;
}

/** The holder of a seat on a day: the last term that started on or before it. */
export function holderAt(seat: Seat, day: number): Term {
  const terms = seat.terms;
  let lo = 0;
  let hi = terms.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (terms[mid]!.start <= day) lo = mid;
    else hi = mid - 1;
  }
  return terms[lo]!;
}

/** Creates synthetic people with unique names (namesakes get a disambiguation note once names run out). */
class PeopleFactory {
  private readonly counters: Record<Side, number> = { vn: 0, ru: 0 };
  /** Person index by name slot, to mark namesakes. */
  private readonly bySlot = new Map<string, Person[]>();
  readonly nameOf = new Map<string, string>();

  constructor(private readonly ctx: GeneratorContext) {}

  private cite(day: number | null = null): Citation[] {
    const list: Citation[] = [];
    this.ctx.pending.push({ list, day });
    return list;
  }

  create(side: Side, summary: string, activeFrom: number): Person {
    const { rng, ids, data } = this.ctx;
    const k = this.counters[side]++;
    const names = syntheticNames;
    let person: Person;
    let slot: string;
    if (side === "vn") {
      const f = names.vietnameseFamily.length;
      const m = names.vietnameseMiddle.length;
      const g = names.vietnameseGiven.length;
      const combos = f * m * g;
      const index = (k * 7919 + 17) % combos; // 7919 is prime and does not divide the number of combinations
      slot = `vn${index}`;
      const family = names.vietnameseFamily[index % f]!;
      const middle = names.vietnameseMiddle[Math.floor(index / f) % m]!;
      const given = names.vietnameseGiven[Math.floor(index / (f * m)) % g]!;
      const name = `${family.en} ${middle.en} ${given.en}`;
      person = {
        id: ids.take(slugify(name)),
        name,
        nativeName: { name: `${family.vi} ${middle.vi} ${given.vi}`, lang: "vi", citations: [] },
        otherNames: [
          { name: `${family.ru} ${middle.ru} ${given.ru}`, lang: "ru", kind: "spelling", citations: this.cite() },
        ],
        nationality: ["vn"],
        citations: [],
      };
    } else {
      const g = names.russianGiven.length;
      const s = names.russianSurnames.length;
      const combos = g * s;
      const index = (k * 7907 + 11) % combos;
      slot = `ru${index}`;
      const given = names.russianGiven[index % g]!;
      const surname = names.russianSurnames[Math.floor(index / g) % s]!;
      const stem = names.patronymicStems[(k * 5) % names.patronymicStems.length]!;
      const en = given.female ? feminineSurname(surname.en) : surname.en;
      const ru = given.female ? feminineSurname(surname.ru) : surname.ru;
      const name = `${given.en} ${en}`;
      person = {
        id: ids.take(slugify(name)),
        name,
        nativeName: { name: `${given.ru} ${ru}`, lang: "ru", citations: [] },
        otherNames: [
          {
            name: `${given.ru} ${stem.ru}${given.female ? "овна" : "ович"} ${ru}`,
            lang: "ru",
            kind: "full",
            citations: this.cite(),
          },
        ],
        nationality: ["ru"],
        citations: [],
      };
      if (given.alt)
        person.otherNames.push({ name: `${given.alt} ${en}`, lang: "en", kind: "spelling", citations: this.cite() });
    }
    if (rng.chance(0.6)) {
      const year = Math.floor(1970 + activeFrom / 365.25) - rng.int(35, 60);
      const date = rng.chance(0.4)
        ? String(year)
        : `${year}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
      const { citations, ...rest } = person;
      person = { ...rest, birth: { date, citations: this.cite() }, summary, citations };
    } else {
      const { citations, ...rest } = person;
      person = { ...rest, summary, citations };
    }
    const namesakes = this.bySlot.get(slot);
    if (namesakes) namesakes.push(person);
    else this.bySlot.set(slot, [person]);
    this.nameOf.set(person.id, person.name);
    data.people.push(person);
    return person;
  }

  /** Adds a disambiguation note to every person who shares a name with another. */
  markNamesakes(): void {
    for (const group of this.bySlot.values()) {
      if (group.length < 2) continue;
      group.forEach((person, i) => {
        person.disambiguation = `Synthetic namesake ${i + 1} of ${group.length}; told apart by id (${person.id}).`;
      });
    }
  }
}

/** Builds posts, their chains of terms (with handovers, re-elections and career moves), the people in them, and delegation deputies. */
export function buildOffices(ctx: GeneratorContext, world: World): Offices {
  const { data, ids, rng } = ctx;
  const people = new PeopleFactory(ctx);
  const seats: Seat[] = [];

  const post = (
    label: string,
    organization: Organization,
    side: Side,
    otherLabels: string[] = [],
    count = 1,
  ): Seat[] => {
    const record: Post = {
      id: ids.take(slugify(label)),
      label,
      otherLabels,
      organization: organization.id,
      country: side,
      singleHolder: count === 1,
      citations: [],
    };
    data.posts.push(record);
    const chamber =
      organization.kind === "parliamentary-body" || organization.kind === "friendship-group"
        ? (data.organizations.find((o) => o.id === organization.parent) ?? organization)
        : organization;
    const city = world.regions[side].find((r) => r.organization.id === organization.id)?.city ?? world.capital[side];
    const made: Seat[] = [];
    for (let i = 0; i < count; i++) made.push({ post: record, side, chamber, city, terms: [] });
    seats.push(...made);
    return made;
  };

  const top = {
    vn: post("Chairman of the National Assembly", world.nationalAssembly, "vn", [
      "NA Chairman",
      "Chairwoman of the National Assembly",
    ]),
    ru: [
      ...post("Chairman of the State Duma", world.stateDuma, "ru", ["Speaker of the State Duma"]),
      ...post("Chair of the Federation Council", world.federationCouncil, "ru", ["Speaker of the Federation Council"]),
    ],
  };
  const vice = {
    vn: post("Vice Chairman of the National Assembly", world.nationalAssembly, "vn", ["NA Vice Chairwoman"], 3),
    ru: post("Deputy Chairman of the State Duma", world.stateDuma, "ru", ["Vice Speaker of the State Duma"], 3),
  };
  const friendship = {
    vn: post(`Chair of the ${world.friendshipGroups.vn.name}`, world.friendshipGroups.vn, "vn")[0]!,
    ru: post(`Head of the ${world.friendshipGroups.ru.name}`, world.friendshipGroups.ru, "ru")[0]!,
  };
  const committees = world.committees.map((c) => ({
    topic: c.subject.topic,
    vn: post(`Chair of the ${c.vn.name}`, c.vn, "vn")[0]!,
    ru: [
      post(`Chair of the ${c.duma.name}`, c.duma, "ru")[0]!,
      post(`Chair of the ${c.council.name}`, c.council, "ru")[0]!,
    ],
  }));
  const regions = {
    vn: world.regions.vn.map((r) => post(`Chair of the ${r.organization.name}`, r.organization, "vn")[0]!),
    ru: world.regions.ru.map((r) => post(`Chair of the ${r.organization.name}`, r.organization, "ru")[0]!),
  };

  // Lay out every seat's chain of terms, then fill them with people in date order.
  interface Slot {
    seat: Seat;
    index: number;
  }
  const slots: Slot[] = [];
  for (const seat of seats) {
    let start = ctx.firstDay - rng.int(0, 4 * 365);
    for (;;) {
      const length = rng.chance(0.1) ? rng.int(200, 700) : rng.int(2 * 365, 6 * 365);
      const end = start + length;
      const ongoing = end > ctx.lastDay;
      seat.terms.push({ start, end: ongoing ? null : end, reelected: false, person: "" });
      slots.push({ seat, index: seat.terms.length - 1 });
      if (ongoing) break;
      start = end;
    }
    for (let i = 0; i + 1 < seat.terms.length; i++) seat.terms[i]!.reelected = rng.chance(0.25);
  }
  slots.sort((a, b) => a.seat.terms[a.index]!.start - b.seat.terms[b.index]!.start);
  const free: Record<Side, { person: string; from: number }[]> = { vn: [], ru: [] };
  const releases: { side: Side; person: string; at: number }[] = [];
  for (const { seat, index } of slots) {
    const term = seat.terms[index]!;
    for (let r = releases.length - 1; r >= 0; r--) {
      const release = releases[r]!;
      if (release.at <= term.start) {
        free[release.side].push({ person: release.person, from: release.at });
        releases.splice(r, 1);
      }
    }
    const previous = index > 0 ? seat.terms[index - 1] : undefined;
    if (previous?.reelected) term.person = previous.person;
    else {
      const pool = free[seat.side];
      if (pool.length > 0 && rng.chance(0.3)) {
        const at = rng.int(0, pool.length - 1);
        term.person = pool[at]!.person;
        pool.splice(at, 1);
      } else {
        term.person = people.create(
          seat.side,
          `Synthetic officeholder, first recorded as ${seat.post.label}.`,
          term.start,
        ).id;
      }
    }
    if (term.end !== null && !term.reelected) releases.push({ side: seat.side, person: term.person, at: term.end });
  }

  // Memberships, in seat order, with mixed precision and the odd unknown start or last-seen date.
  const day = (n: number, monthShare: number) => (rng.chance(monthShare) ? isoMonth(n) : isoDay(n));
  for (const seat of seats) {
    seat.terms.forEach((term, i) => {
      const previous = seat.terms[i - 1];
      const membership = {
        id: ids.take(`${term.person}-${seat.post.id}-${isoDay(term.start).slice(0, 4)}`),
        person: term.person,
        post: seat.post.id,
      } as Membership;
      const unknownStart = i === 0 && rng.chance(0.25);
      if (!unknownStart) {
        membership.start = day(term.start, 0.15);
        membership.startHow = previous?.reelected
          ? "re-elected"
          : i === 0
            ? rng.pick(["elected", "appointed"] as const)
            : "elected";
      }
      if (term.end !== null) {
        membership.end = day(term.end, 0.15);
        membership.endHow = term.reelected
          ? "re-elected"
          : rng.pick(["term-ended", "term-ended", "resigned", "relieved"] as const);
      }
      membership.acting = false;
      if (unknownStart) membership.firstSeen = isoDay(term.start + rng.int(0, 150));
      if (term.end === null && rng.chance(0.3))
        membership.lastSeen = isoDay(Math.max(term.start + 1, ctx.lastDay - rng.int(0, 300)));
      if (rng.chance(0.2)) membership.note = `Synthetic term ${i + 1} in this seat.`;
      membership.citations = [];
      ctx.pending.push({ list: membership.citations, day: term.start });
      data.memberships.push(membership);
    });
  }

  // A few acting holders beside a single-holder post's holder (their terms may overlap; the validator allows it).
  for (const seat of seats) {
    if (!seat.post.singleHolder || !rng.chance(0.05)) continue;
    const host = rng.pick(seat.terms);
    const to = host.end ?? ctx.lastDay;
    if (to - host.start < 120) continue;
    const from = host.start + rng.int(30, to - host.start - 60);
    const person = people.create(seat.side, `Synthetic acting officeholder, ${seat.post.label}.`, from);
    const citations: Citation[] = [];
    ctx.pending.push({ list: citations, day: from });
    data.memberships.push({
      id: ids.take(`${person.id}-acting-${seat.post.id}`),
      person: person.id,
      post: seat.post.id,
      start: isoDay(from),
      startHow: "acting",
      end: isoDay(from + rng.int(10, 50)),
      endHow: "term-ended",
      acting: true,
      citations,
    });
  }

  // A few former holders who have since died (death after their last term).
  const lastEnd = new Map<string, number | null>();
  for (const seat of seats)
    for (const term of seat.terms) {
      const known = lastEnd.get(term.person);
      if (known === null) continue;
      lastEnd.set(term.person, term.end === null ? null : Math.max(known ?? 0, term.end));
    }
  for (const person of data.people) {
    const end = lastEnd.get(person.id);
    if (end == null || !rng.chance(0.05)) continue;
    const died = end + rng.int(200, 3000);
    if (died > ctx.lastDay) continue;
    person.death = { date: isoDay(died), citations: [] };
    ctx.pending.push({ list: person.death.citations, day: died });
  }

  // Deputies without a recorded post, who make up delegations.
  const deputies: Record<Side, Deputy[]> = { vn: [], ru: [] };
  const target = Math.max(Math.ceil(ctx.size / 20) - data.people.length, Math.min(10, Math.max(2, ctx.size)));
  for (let i = 0; i < target; i++) {
    const side: Side = i % 2 === 0 ? "vn" : "ru";
    const capacity =
      side === "vn"
        ? "Member of the National Assembly"
        : rng.chance(0.7)
          ? "Deputy of the State Duma"
          : "Member of the Federation Council";
    const person = people.create(side, `Synthetic legislator (${capacity.toLowerCase()}).`, ctx.firstDay);
    deputies[side].push({ id: person.id, capacity });
  }
  people.markNamesakes();
  return { top, vice, friendship, committees, regions, deputies, nameOf: people.nameOf };
}
