import { translationLanguages } from "../schema/Translations.js";
import type { DeepReadonly } from "../deepFreeze.js";
import { textFragmentUrl } from "../query/textFragmentUrl.js";
import type { Citation } from "../schema/Citation.js";
import type { Dataset } from "../schema/Dataset.js";
import { eventKinds } from "../schema/vocabularies.js";
import { plainText } from "../text/plainText.js";
import { popoloDate, popoloSpan } from "./popoloDates.js";

/** A Popolo link: where a record comes from. Popolo requires the URL; a source without one is named in `note`. */
export interface PopoloSource {
  url: string;
  note: string;
}

/** A Popolo other name with its language (BCP 47); `note` gives its kind. */
export interface PopoloOtherName {
  name: string;
  lang: string;
  note: string;
}

/** The dataset in Popolo's JSON shape: people, organizations, posts, memberships, events and areas. */
export interface PopoloExport {
  persons: Record<string, unknown>[];
  organizations: Record<string, unknown>[];
  posts: Record<string, unknown>[];
  memberships: Record<string, unknown>[];
  events: Record<string, unknown>[];
  areas: Record<string, unknown>[];
}

type Names = DeepReadonly<{
  nativeName?: { name: string; lang: string };
  otherNames: { name: string; lang: string; kind: string; note?: string }[];
  translations?: { vi?: object; ru?: object };
}>;

/** A cited source before the split into Popolo links (with a URL) and a note (without one). */
type Cited = { url?: string; note: string };

/** A free text without its link markup; undefined stays undefined. */
const plainOrNone = (text: string | undefined) => (text === undefined ? undefined : plainText(text));

/** Adds a key only when the value says something. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return;
  target[key] = value;
}

/**
 * The dataset as Popolo JSON (popoloproject.com), with Popolo's field names: `name`, `other_names`, `identifiers`,
 * `birth_date`, `classification`, `parent_id`, `organization_id`, `person_id`, `post_id`, `start_date`, `end_date`,
 * `role`, `label`, `location`, `status`, `attendees`, `sources`…
 * Dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: an EDTF span gives `start_date`/`end_date`, a span in a one-date field
 * gives what its ends share (`2016-10-05/2016-10-07` → `2016-10`), and qualifiers (`~`, `?`), unspecified digits and open
 * ends go into a `note` rather than into invented precision. Places and countries are areas. Parley cites per fact;
 * Popolo cites per object, so each object's `sources` gather the citations found anywhere in the record.
 * An attendee holding several posts that day has the first as `post_id`, all of them as `post_ids` and their labels
 * joined with " and " as `label`.
 */
export function toPopolo(dataset: DeepReadonly<Dataset>): PopoloExport {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const posts = new Map(dataset.posts.map((p) => [p.id, p]));
  const places = new Map(dataset.places.map((p) => [p.id, p]));

  const sourcesOf = (...lists: (readonly DeepReadonly<Citation>[] | undefined)[]): Cited[] => {
    const seen = new Set<string>();
    const out: Cited[] = [];
    for (const list of lists) {
      for (const citation of list ?? []) {
        const key = `${citation.source}\u0000${citation.fragment ?? ""}\u0000${citation.paragraph ?? ""}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const source = sources.get(citation.source);
        const where = [
          citation.paragraph !== undefined ? `paragraph ${citation.paragraph}` : null,
          citation.note === undefined ? null : plainText(citation.note),
        ]
          .filter(Boolean)
          .join("; ");
        const note =
          `${source ? `${source.title}${source.published ? ` (${source.published})` : ""}` : citation.source}` +
          `${where ? ` — ${where}` : ""}`;
        const url = source ? textFragmentUrl(citation, source) : null;
        out.push(url ? { url, note } : { note });
      }
    }
    return out;
  };
  const otherNamesOf = (record: Names): PopoloOtherName[] => [
    ...(record.nativeName ? [{ name: record.nativeName.name, lang: record.nativeName.lang, note: "native name" }] : []),
    ...record.otherNames.map((n) => ({
      name: n.name,
      lang: n.lang,
      note: `${n.kind}${n.note ? `: ${plainText(n.note)}` : ""}`,
    })),
    ...translationLanguages.flatMap((lang) => {
      const name = (record.translations?.[lang] as { name?: string } | undefined)?.name;
      return name === undefined || name === record.nativeName?.name
        ? []
        : [{ name, lang, note: "translation (Parley's own)" }];
    }),
  ];
  const identifiers = (id: string) => [{ scheme: "parley", identifier: id }];
  const single = (target: Record<string, unknown>, key: string, edtf: string | undefined | null, notes: string[]) => {
    if (!edtf) return;
    const { date, notes: more } = popoloDate(edtf);
    put(target, key, date);
    for (const n of more) notes.push(`${key}: ${n}`);
  };

  const persons = dataset.people.map((p) => {
    const out: Record<string, unknown> = { id: p.id, name: p.name };
    const notes: string[] = [];
    put(out, "other_names", otherNamesOf(p));
    out.identifiers = identifiers(p.id);
    single(out, "birth_date", p.birth?.date, notes);
    single(out, "death_date", p.death?.date, notes);
    put(out, "national_identity", p.nationality.join(", "));
    put(out, "summary", plainOrNone(p.summary));
    put(out, "note", plainOrNone([p.disambiguation, ...notes].filter(Boolean).join("; ")));
    put(
      out,
      "sources",
      sourcesOf(p.citations, p.birth?.citations, p.death?.citations, ...p.otherNames.map((n) => n.citations)),
    );
    return out;
  });

  const organizations = dataset.organizations.map((o) => {
    const out: Record<string, unknown> = { id: o.id, name: o.name };
    const notes: string[] = [];
    put(out, "other_names", otherNamesOf(o));
    out.identifiers = identifiers(o.id);
    out.classification = o.kind;
    put(out, "parent_id", o.parent);
    if (o.countries.length === 1) out.area_id = o.countries[0];
    single(out, "founding_date", o.founded?.date, notes);
    put(out, "description", plainOrNone(o.summary));
    if (o.url) out.links = [{ url: o.url, note: "web site" }];
    put(out, "note", plainOrNone([o.disambiguation, ...notes].filter(Boolean).join("; ")));
    put(out, "sources", sourcesOf(o.citations, o.founded?.citations, ...o.otherNames.map((n) => n.citations)));
    return out;
  });

  const popoloPosts = dataset.posts.map((p) => {
    const out: Record<string, unknown> = { id: p.id, label: p.label, role: p.label, organization_id: p.organization };
    put(out, "other_label", [
      ...p.otherLabels,
      ...translationLanguages.flatMap((lang) => p.translations?.[lang]?.label ?? []),
    ]);
    put(out, "area_id", p.country);
    put(out, "sources", sourcesOf(p.citations));
    return out;
  });

  const memberships = dataset.memberships.map((m) => {
    const post = posts.get(m.post);
    const out: Record<string, unknown> = { id: m.id, person_id: m.person, post_id: m.post };
    put(out, "organization_id", post?.organization);
    out.role =
      `${m.acting ? "Acting " : ""}${post?.label ?? m.post}` +
      `${m.startHow === "took-charge" ? " (in charge of the work, not elected or appointed)" : ""}`;
    const notes: string[] = [];
    single(out, "start_date", m.start, notes);
    single(out, "end_date", m.end, notes);
    if (!m.start && m.firstSeen) notes.push(`start not sourced; first seen in post ${m.firstSeen}`);
    if (!m.end && m.lastSeen) notes.push(`end not recorded; last seen in post ${m.lastSeen}`);
    if (m.startHow) notes.push(`started: ${m.startHow}`);
    if (m.endHow) notes.push(`ended: ${m.endHow}`);
    put(out, "label", plainOrNone(m.note));
    put(out, "note", notes.join("; "));
    put(out, "sources", sourcesOf(m.citations));
    return out;
  });

  const events = dataset.events.map((e) => {
    const out: Record<string, unknown> = { id: e.id, name: e.title, description: plainText(e.summary) };
    const { start, end, notes } = popoloSpan(e.date);
    put(out, "start_date", start);
    put(out, "end_date", end);
    const place = e.place ? places.get(e.place) : undefined;
    if (place) {
      const within = place.within ? places.get(place.within) : undefined;
      out.location = within ? `${place.name}, ${within.name}` : place.name;
      out.area_id = place.id;
    }
    out.status = e.status;
    out.classification = eventKinds[e.kind].label;
    out.identifiers = identifiers(e.id);
    put(
      out,
      "organization_id",
      e.series ?? e.organizations.find((o) => o.role === "organizer" || o.role === "host")?.organization,
    );
    put(out, "parent_id", e.parent);
    out.attendees = e.participants.map((p) => {
      const attendee: Record<string, unknown> = {
        id: p.person,
        name: people.get(p.person)?.name ?? p.person,
        role: p.role,
      };
      put(attendee, "post_id", p.posts[0]);
      if (p.posts.length > 1) attendee.post_ids = [...p.posts];
      if (p.posts.length > 0) attendee.label = p.posts.map((id) => posts.get(id)?.label ?? id).join(" and ");
      else put(attendee, "label", p.capacity);
      return attendee;
    });
    put(out, "note", notes.map((n) => `date: ${n}`).join("; "));
    put(
      out,
      "sources",
      sourcesOf(e.citations, ...e.participants.map((p) => p.citations), ...e.earlierPlans.map((p) => p.citations)),
    );
    return out;
  });

  const areas = [
    ...dataset.countries.map((c) => {
      const out: Record<string, unknown> = {
        id: c.id,
        name: c.name,
        identifier: c.id.toUpperCase(),
        classification: "country",
      };
      put(out, "other_names", otherNamesOf(c));
      put(out, "sources", sourcesOf(c.citations, ...c.otherNames.map((n) => n.citations)));
      return out;
    }),
    ...dataset.places.map((p) => {
      const out: Record<string, unknown> = {
        id: p.id,
        name: p.name,
        classification: p.kind,
        parent_id: p.within ?? p.country,
      };
      put(out, "other_names", otherNamesOf(p));
      if (p.coordinates) out.geometry = { type: "Point", coordinates: [p.coordinates.lon, p.coordinates.lat] };
      put(out, "sources", sourcesOf(p.citations, ...p.otherNames.map((n) => n.citations)));
      return out;
    }),
  ];

  const linked = (objects: Record<string, unknown>[]) => objects.map(withUrlLinks);
  return {
    persons: linked(persons),
    organizations: linked(organizations),
    posts: linked(popoloPosts),
    memberships: linked(memberships),
    events: linked(events),
    areas: linked(areas),
  };
}

/**
 * The object with only sources that have a URL left in `sources` (Popolo's links require one); the others are named
 * in its `note` after "cited without a URL:".
 */
function withUrlLinks(object: Record<string, unknown>): Record<string, unknown> {
  const cited = (object.sources ?? []) as Cited[];
  const without = cited.filter((source) => !source.url);
  if (without.length === 0) return object;
  const out = { ...object };
  const links = cited.filter((source): source is PopoloSource => Boolean(source.url));
  if (links.length > 0) out.sources = links;
  else delete out.sources;
  const named = `cited without a URL: ${without.map((source) => source.note).join("; ")}`;
  out.note = typeof object.note === "string" ? `${object.note}; ${named}` : named;
  return out;
}
