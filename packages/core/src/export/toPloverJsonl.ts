import type { DeepReadonly } from "../deepFreeze.js";
import type { Dataset } from "../schema/Dataset.js";
import type { Event } from "../schema/Event.js";
import type { OrganizationKind, ParticipantRole } from "../schema/vocabularies.js";
import { eventKinds } from "../schema/vocabularies.js";
import { plainText } from "../text/plainText.js";

/** One side's party in a PLOVER record: a person (with the post held that day) or an organization or country. */
export interface PloverActor {
  /** Parley id of the person, organization or country. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 code in upper case (`VN`, `RU`), or null when unknown. */
  country: string | null;
  /** CAMEO-style sector: `LEG` legislature, `GOV` government, `PTY` party, `MIL` military; null when unknown. */
  sector: string | null;
  /** The Parley role (`guest`, `host`, `co-chair`…), or `organization`/`country` for non-person parties. */
  role: string;
  /** Labels of the posts held on the event's date (joined with "; "), or the capacity the sources give, or null. */
  post: string | null;
}

/** One event as a PLOVER record. */
export interface PloverRecord {
  id: string;
  /** The EDTF date as sourced (ISO 8601: a day, a month, a year or a span). */
  date: string;
  event_type: string;
  mode: string | null;
  context: string[];
  /** Who acted (the visitor, the caller, the sender); left out when no source gives the direction. */
  actor?: PloverActor[];
  /** Who was acted upon (the host, the one called, the addressee); left out when no source gives the direction. */
  recipient?: PloverActor[];
  /** Everyone involved, given instead of `actor` and `recipient` when the direction is unknown. */
  parties?: PloverActor[];
  /** Why `actor` and `recipient` are left out, when they are. */
  direction_unknown?: string;
  cameo: string | null;
  location: { id: string; name: string; country: string; lat: number | null; lon: number | null } | null;
  summary: string;
  sources: { id: string; title: string; url: string | null; publisher: string | null; published: string | null }[];
}

const ACTOR_ROLES: ReadonlySet<ParticipantRole> = new Set(["guest", "delegation-member", "caller", "speaker"]);
const RECIPIENT_ROLES: ReadonlySet<ParticipantRole> = new Set(["host", "welcomed-by", "called", "honoree"]);
const SECTOR: Partial<Record<OrganizationKind, string>> = {
  legislature: "LEG",
  chamber: "LEG",
  "parliamentary-body": "LEG",
  "friendship-group": "LEG",
  government: "GOV",
  ministry: "GOV",
  "state-office": "GOV",
  embassy: "GOV",
  "city-government": "GOV",
  party: "PTY",
  "party-body": "PTY",
  military: "MIL",
};

/**
 * The events as PLOVER records in JSON Lines (one object per line, each line ending in `\n`).
 * Only events that took place and whose kind has a PLOVER type (`eventKinds[kind].plover`) are written:
 * trips, ceremonies and milestones are not interactions PLOVER codes, and announced, postponed or cancelled
 * events did not happen as dated. Actors and recipients are lists (a meeting of many is one record): guests,
 * delegation members, callers and speakers are actors; hosts, those who welcome, those called and honorees are
 * recipients; co-chairs, attendees, signatories and organizers join the side of their country (the visitors' side
 * is the actor; where no role says, the host country is the place's country). Events without participants name
 * the organizations involved (guest → actor, host → recipient). Actor and recipient are given only when known:
 * where a participant is a `party` (a side of a call or message whose direction no source gives), where neither a
 * role nor a place says which side acted, or where only the countries are recorded, everyone involved is listed in
 * `parties` instead and `direction_unknown` says why. `country` is ISO alpha-2;
 * `sector` is `LEG` when the post belongs to a legislature, chamber or one of their bodies. `context` lists the broad
 * Parley topics of the event, plus `legislative` when a legislator takes part.
 */
export function toPloverJsonl(dataset: DeepReadonly<Dataset>): string {
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const posts = new Map(dataset.posts.map((p) => [p.id, p]));
  const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
  const countries = new Map(dataset.countries.map((c) => [c.id, c]));
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const topicParent = new Map(dataset.topics.map((t) => [t.id, t.parent]));

  const sectorOf = (organizationId: string | undefined): string | null => {
    for (
      let here = organizationId ? organizations.get(organizationId) : undefined, guard = 0;
      here && guard < 10;
      guard++
    ) {
      const sector = SECTOR[here.kind];
      if (sector) return sector;
      here = here.parent ? organizations.get(here.parent) : undefined;
    }
    return null;
  };
  const rootTopic = (id: string): string => {
    let here = id;
    for (
      let guard = 0, parent = topicParent.get(here);
      parent !== undefined && guard < 10;
      guard++, parent = topicParent.get(here)
    )
      here = parent;
    return here;
  };
  const coordinatesOf = (placeId: string) => {
    for (let here = places.get(placeId), guard = 0; here && guard < 10; guard++) {
      if (here.coordinates) return here.coordinates;
      here = here.within ? places.get(here.within) : undefined;
    }
    return null;
  };

  const lines: string[] = [];
  for (const event of dataset.events) {
    const info = eventKinds[event.kind];
    if (info.plover === null || event.status !== "took-place") continue;

    const parties = event.participants.map((p) => {
      const person = people.get(p.person);
      const held = p.posts.flatMap((id) => posts.get(id) ?? []);
      const country = held.find((post) => post.country)?.country ?? person?.nationality[0] ?? null;
      const actor: PloverActor = {
        id: p.person,
        name: person?.name ?? p.person,
        country: country ? country.toUpperCase() : null,
        sector: held.map((post) => sectorOf(post.organization)).find((sector) => sector !== null) ?? null,
        role: p.role,
        post: held.length > 0 ? held.map((post) => post.label).join("; ") : (p.capacity ?? null),
      };
      return { actor, role: p.role, country };
    });
    const actor: PloverActor[] = [];
    const recipient: PloverActor[] = [];
    let unknown: string | null = null;
    if (parties.length > 0) {
      const actorCountries = new Set(parties.filter((p) => ACTOR_ROLES.has(p.role)).map((p) => p.country));
      const recipientCountries = new Set(parties.filter((p) => RECIPIENT_ROLES.has(p.role)).map((p) => p.country));
      const place = event.place ? places.get(event.place) : undefined;
      if (parties.some((p) => p.role === "party"))
        unknown = "no source gives the direction: the participants are recorded as parties, not as caller or sender";
      else if (actorCountries.size === 0 && recipientCountries.size === 0 && !place)
        unknown = "no participant's role and no place say which side acted";
      for (const party of parties) {
        let isActor: boolean;
        if (ACTOR_ROLES.has(party.role)) isActor = true;
        else if (RECIPIENT_ROLES.has(party.role)) isActor = false;
        else if (actorCountries.size > 0) isActor = actorCountries.has(party.country);
        else if (recipientCountries.size > 0) isActor = !recipientCountries.has(party.country);
        else isActor = party.country !== place?.country;
        (isActor ? actor : recipient).push(party.actor);
      }
    } else if (event.organizations.length > 0) {
      if (!event.organizations.some((o) => o.role === "host" || o.role === "guest"))
        unknown = "no participant is recorded and no organization is host or guest";
      for (const involvement of event.organizations) {
        const organization = organizations.get(involvement.organization);
        const country = organization?.countries.length === 1 ? organization.countries[0]! : null;
        const party: PloverActor = {
          id: involvement.organization,
          name: organization?.name ?? involvement.organization,
          country: country ? country.toUpperCase() : null,
          sector: sectorOf(involvement.organization),
          role: "organization",
          post: null,
        };
        (involvement.role === "host" ? recipient : actor).push(party);
      }
    } else {
      unknown = "no participant or organization is recorded, only the countries involved";
      for (const code of event.countries) {
        actor.push({
          id: code,
          name: countries.get(code)?.name ?? code,
          country: code.toUpperCase(),
          sector: null,
          role: "country",
          post: null,
        });
      }
    }
    const sides =
      unknown === null ? { actor, recipient } : { parties: [...actor, ...recipient], direction_unknown: unknown };

    const context = [...new Set(event.topics.map(rootTopic))];
    if ([...actor, ...recipient].some((a) => a.sector === "LEG")) context.unshift("legislative");
    const place = event.place ? places.get(event.place) : undefined;
    const coordinates = place ? coordinatesOf(place.id) : null;
    const record: PloverRecord = {
      id: event.id,
      date: event.date,
      event_type: info.plover,
      mode: info.ploverMode,
      context,
      ...sides,
      cameo: info.cameo,
      location: place
        ? {
            id: place.id,
            name: place.name,
            country: place.country.toUpperCase(),
            lat: coordinates?.lat ?? null,
            lon: coordinates?.lon ?? null,
          }
        : null,
      summary: plainText(event.summary),
      sources: citedSources(event, sources),
    };
    lines.push(JSON.stringify(record));
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

function citedSources(
  event: DeepReadonly<Event>,
  sources: ReadonlyMap<string, DeepReadonly<Dataset["sources"][number]>>,
): PloverRecord["sources"] {
  const seen = new Set<string>();
  const out: PloverRecord["sources"] = [];
  for (const citation of event.citations) {
    if (seen.has(citation.source)) continue;
    seen.add(citation.source);
    const source = sources.get(citation.source);
    out.push({
      id: citation.source,
      title: source?.title ?? citation.source,
      url: source?.url ?? null,
      publisher: source?.publisher ?? null,
      published: source?.published ?? null,
    });
  }
  return out;
}
