import type { Citation } from "../schema/Citation.js";
import type { CitedPart } from "./CitedPart.js";
import { recordKinds, type AnyRecord, type RecordKind, type RecordOf } from "../schema/Dataset.js";

/** A link from one record to another, found at `path` inside the record. */
export interface RecordLink {
  /** Path inside the record, e.g. `["participants", 0, "person"]`. */
  path: (string | number)[];
  /** The id pointed to. */
  target: string;
  /** The kinds the target may be. */
  kinds: readonly RecordKind[];
}

/** A citation found at `path` inside a record, and whether the fact it backs must be cited. */
export interface RecordCitationList {
  /** Path of the citations array inside the record. */
  path: (string | number)[];
  /** The citations there. */
  citations: readonly Citation[];
  /** True where Parley states a fact that must cite at least one source. */
  required: boolean;
  /** What the citations back, for messages (`citedPartIn` words it: "participation of vyacheslav-volodin"). */
  part: CitedPart;
}

const ANY: readonly RecordKind[] = recordKinds;
const PARTY: readonly RecordKind[] = ["organizations", "countries"];
const PEOPLE: readonly RecordKind[] = ["people"];
const COUNTRIES: readonly RecordKind[] = ["countries"];
const ORGANIZATIONS: readonly RecordKind[] = ["organizations"];
const TOPICS: readonly RecordKind[] = ["topics"];
const EVENTS: readonly RecordKind[] = ["events"];
const PLACES: readonly RecordKind[] = ["places"];
const POSTS: readonly RecordKind[] = ["posts"];
const SOURCES: readonly RecordKind[] = ["sources"];
const REPUBLISHED: readonly RecordKind[] = ["organizations", "sources"];

/**
 * Called for each link found by `forEachLink`: the id pointed to, the kinds it may be, and the path
 * inside the record as up to five segments (unused ones are undefined), so walking allocates nothing.
 */
export type LinkVisitor = (
  target: string,
  kinds: readonly RecordKind[],
  p0: string,
  p1?: string | number,
  p2?: string | number,
  p3?: string | number,
  p4?: string | number,
) => void;

type Cited = { readonly citations: readonly Citation[] };

/** Visits the sources of a citations array found at path p0[.p1[.p2]]. */
function visitCitations(
  visit: LinkVisitor,
  citations: readonly Citation[],
  p0: string,
  p1?: string | number,
  p2?: string,
): void {
  for (let i = 0; i < citations.length; i++) {
    const source = citations[i]!.source;
    if (p1 === undefined) visit(source, SOURCES, p0, i, "source");
    else if (p2 === undefined) visit(source, SOURCES, p0, p1, i, "source");
    else visit(source, SOURCES, p0, p1, p2, i, "source");
  }
}

function visitNames(
  visit: LinkVisitor,
  record: { otherNames?: readonly Cited[]; nativeName?: Cited | undefined },
): void {
  if (record.nativeName) visitCitations(visit, record.nativeName.citations, "nativeName", "citations");
  const names = record.otherNames ?? [];
  for (let i = 0; i < names.length; i++) visitCitations(visit, names[i]!.citations, "otherNames", i, "citations");
}

function visitIds(visit: LinkVisitor, ids: readonly string[], kinds: readonly RecordKind[], key: string): void {
  for (let i = 0; i < ids.length; i++) visit(ids[i]!, kinds, key, i);
}

/** Visits every id a record points to (citations' sources included), without allocating. */
export function forEachLink<K extends RecordKind>(kind: K, record: RecordOf<K>, visit: LinkVisitor): void {
  const r = record as AnyRecord;
  switch (kind) {
    case "people": {
      const p = r as RecordOf<"people">;
      visitIds(visit, p.nationality, COUNTRIES, "nationality");
      visitNames(visit, p);
      if (p.birth) visitCitations(visit, p.birth.citations, "birth", "citations");
      if (p.death) visitCitations(visit, p.death.citations, "death", "citations");
      visitCitations(visit, p.citations, "citations");
      break;
    }
    case "organizations": {
      const o = r as RecordOf<"organizations">;
      if (o.parent !== undefined) visit(o.parent, ORGANIZATIONS, "parent");
      visitIds(visit, o.countries, COUNTRIES, "countries");
      visitNames(visit, o);
      if (o.founded) visitCitations(visit, o.founded.citations, "founded", "citations");
      visitCitations(visit, o.citations, "citations");
      break;
    }
    case "posts": {
      const p = r as RecordOf<"posts">;
      visit(p.organization, ORGANIZATIONS, "organization");
      if (p.country !== undefined) visit(p.country, COUNTRIES, "country");
      visitCitations(visit, p.citations, "citations");
      break;
    }
    case "memberships": {
      const m = r as RecordOf<"memberships">;
      visit(m.person, PEOPLE, "person");
      visit(m.post, POSTS, "post");
      visitCitations(visit, m.citations, "citations");
      break;
    }
    case "events": {
      const e = r as RecordOf<"events">;
      if (e.parent !== undefined) visit(e.parent, EVENTS, "parent");
      if (e.series !== undefined) visit(e.series, ORGANIZATIONS, "series");
      if (typeof e.place === "string") visit(e.place, PLACES, "place");
      visitIds(visit, e.countries, COUNTRIES, "countries");
      for (let i = 0; i < e.participants.length; i++) {
        const p = e.participants[i]!;
        visit(p.person, PEOPLE, "participants", i, "person");
        for (let j = 0; j < p.posts.length; j++) visit(p.posts[j]!, POSTS, "participants", i, "posts", j);
        visitCitations(visit, p.citations, "participants", i, "citations");
      }
      for (let i = 0; i < e.organizations.length; i++)
        visit(e.organizations[i]!.organization, ORGANIZATIONS, "organizations", i, "organization");
      visitIds(visit, e.topics, TOPICS, "topics");
      for (let i = 0; i < e.earlierPlans.length; i++)
        visitCitations(visit, e.earlierPlans[i]!.citations, "earlierPlans", i, "citations");
      visitCitations(visit, e.citations, "citations");
      break;
    }
    case "documents": {
      const d = r as RecordOf<"documents">;
      visitIds(visit, d.parties, PARTY, "parties");
      visitIds(visit, d.signatories, PEOPLE, "signatories");
      if (d.event !== undefined) visit(d.event, EVENTS, "event");
      visitIds(visit, d.topics, TOPICS, "topics");
      visitCitations(visit, d.citations, "citations");
      break;
    }
    case "statements": {
      const s = r as RecordOf<"statements">;
      visit(s.speaker, PEOPLE, "speaker");
      visit(s.event, EVENTS, "event");
      visitIds(visit, s.topics, TOPICS, "topics");
      visitCitations(visit, s.citations, "citations");
      break;
    }
    case "topics": {
      const t = r as RecordOf<"topics">;
      if (t.parent !== undefined) visit(t.parent, TOPICS, "parent");
      break;
    }
    case "places": {
      const p = r as RecordOf<"places">;
      visit(p.country, COUNTRIES, "country");
      if (p.within !== undefined) visit(p.within, PLACES, "within");
      visitNames(visit, p);
      visitCitations(visit, p.citations, "citations");
      break;
    }
    case "countries": {
      const c = r as RecordOf<"countries">;
      visitNames(visit, c);
      visitCitations(visit, c.citations, "citations");
      break;
    }
    case "sources": {
      const s = r as RecordOf<"sources">;
      if (s.publisher !== null) visit(s.publisher, ORGANIZATIONS, "publisher");
      if (s.republishes !== undefined) visit(s.republishes, REPUBLISHED, "republishes");
      break;
    }
    case "disagreements": {
      const d = r as RecordOf<"disagreements">;
      for (let i = 0; i < d.targets.length; i++) visit(d.targets[i]!.record, ANY, "targets", i, "record");
      for (let i = 0; i < d.versions.length; i++)
        visitCitations(visit, d.versions[i]!.citations, "versions", i, "citations");
      break;
    }
  }
}

/** Every id a record points to, with where and to which kinds. */
export function linksOf<K extends RecordKind>(kind: K, record: RecordOf<K>): RecordLink[] {
  const out: RecordLink[] = [];
  forEachLink(kind, record, (target, kinds, ...path) => {
    out.push({ target, kinds, path: path.filter((p): p is string | number => p !== undefined) });
  });
  return out;
}

function names(
  out: RecordCitationList[],
  record: {
    otherNames?: readonly { name: string; citations: readonly Citation[] }[];
    nativeName?: { citations: readonly Citation[] } | undefined;
  },
): void {
  if (record.nativeName)
    out.push({
      path: ["nativeName", "citations"],
      citations: record.nativeName.citations,
      required: false,
      part: { of: "native-name" },
    });
  record.otherNames?.forEach((n, i) =>
    out.push({
      path: ["otherNames", i, "citations"],
      citations: n.citations,
      required: true,
      part: { of: "other-name", name: n.name },
    }),
  );
}

/** Every list of citations inside a record, marking those that back a fact and so must not be empty. */
export function citationListsOf<K extends RecordKind>(kind: K, record: RecordOf<K>): RecordCitationList[] {
  const out: RecordCitationList[] = [];
  const r = record as AnyRecord;
  switch (kind) {
    case "people": {
      const p = r as RecordOf<"people">;
      names(out, p);
      if (p.birth)
        out.push({ path: ["birth", "citations"], citations: p.birth.citations, required: true, part: { of: "birth" } });
      if (p.death)
        out.push({ path: ["death", "citations"], citations: p.death.citations, required: true, part: { of: "death" } });
      out.push({
        path: ["citations"],
        citations: p.citations,
        required: false,
        part: { of: "record", kind: "people" },
      });
      break;
    }
    case "organizations": {
      const o = r as RecordOf<"organizations">;
      names(out, o);
      if (o.founded)
        out.push({
          path: ["founded", "citations"],
          citations: o.founded.citations,
          required: true,
          part: { of: "founding" },
        });
      out.push({
        path: ["citations"],
        citations: o.citations,
        required: false,
        part: { of: "record", kind: "organizations" },
      });
      break;
    }
    case "places":
    case "countries": {
      const p = r as RecordOf<"places">;
      names(out, p);
      out.push({
        path: ["citations"],
        citations: p.citations,
        required: false,
        part: { of: "record", kind },
      });
      break;
    }
    case "posts":
      out.push({
        path: ["citations"],
        citations: (r as RecordOf<"posts">).citations,
        required: false,
        part: { of: "record", kind: "posts" },
      });
      break;
    case "memberships":
      out.push({
        path: ["citations"],
        citations: (r as RecordOf<"memberships">).citations,
        required: true,
        part: { of: "record", kind: "memberships" },
      });
      break;
    case "events": {
      const e = r as RecordOf<"events">;
      out.push({ path: ["citations"], citations: e.citations, required: true, part: { of: "record", kind: "events" } });
      e.participants.forEach((p, i) =>
        out.push({
          path: ["participants", i, "citations"],
          citations: p.citations,
          required: true,
          part: { of: "participation", person: p.person },
        }),
      );
      e.earlierPlans.forEach((p, i) =>
        out.push({
          path: ["earlierPlans", i, "citations"],
          citations: p.citations,
          required: true,
          part: { of: "earlier-plan", date: p.date },
        }),
      );
      break;
    }
    case "documents":
      out.push({
        path: ["citations"],
        citations: (r as RecordOf<"documents">).citations,
        required: true,
        part: { of: "record", kind: "documents" },
      });
      break;
    case "statements":
      out.push({
        path: ["citations"],
        citations: (r as RecordOf<"statements">).citations,
        required: true,
        part: { of: "record", kind: "statements" },
      });
      break;
    case "disagreements":
      (r as RecordOf<"disagreements">).versions.forEach((v, i) =>
        out.push({
          path: ["versions", i, "citations"],
          citations: v.citations,
          required: true,
          part: { of: "version", value: v.value },
        }),
      );
      break;
    case "topics":
    case "sources":
      break;
  }
  return out;
}
