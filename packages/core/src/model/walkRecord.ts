import type { Citation } from "../schema/Citation.js";
import type { AnyRecord, RecordKind, RecordOf } from "../schema/Dataset.js";

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
  /** What the citations back, for messages ("participation of vyacheslav-volodin"). */
  what: string;
}

const ANY: readonly RecordKind[] = ["events", "people", "organizations", "posts", "memberships", "documents", "statements", "topics", "places", "countries", "sources", "disagreements"];
const PARTY: readonly RecordKind[] = ["organizations", "countries"];

function push(out: RecordLink[], path: (string | number)[], target: string | undefined | null, kinds: readonly RecordKind[]): void {
  if (typeof target === "string") out.push({ path, target, kinds });
}

function names(out: RecordCitationList[], record: { otherNames?: readonly { name: string; citations: readonly Citation[] }[]; nativeName?: { citations: readonly Citation[] } | undefined }): void {
  if (record.nativeName) out.push({ path: ["nativeName", "citations"], citations: record.nativeName.citations, required: false, what: "native name" });
  record.otherNames?.forEach((n, i) => out.push({ path: ["otherNames", i, "citations"], citations: n.citations, required: true, what: `alternative name "${n.name}"` }));
}

/** Every id a record points to, with where and to which kinds. */
export function linksOf<K extends RecordKind>(kind: K, record: RecordOf<K>): RecordLink[] {
  const out: RecordLink[] = [];
  const r = record as AnyRecord;
  switch (kind) {
    case "people": {
      const p = r as RecordOf<"people">;
      p.nationality.forEach((c, i) => push(out, ["nationality", i], c, ["countries"]));
      break;
    }
    case "organizations": {
      const o = r as RecordOf<"organizations">;
      push(out, ["parent"], o.parent, ["organizations"]);
      o.countries.forEach((c, i) => push(out, ["countries", i], c, ["countries"]));
      break;
    }
    case "posts": {
      const p = r as RecordOf<"posts">;
      push(out, ["organization"], p.organization, ["organizations"]);
      push(out, ["country"], p.country, ["countries"]);
      break;
    }
    case "memberships": {
      const m = r as RecordOf<"memberships">;
      push(out, ["person"], m.person, ["people"]);
      push(out, ["post"], m.post, ["posts"]);
      break;
    }
    case "events": {
      const e = r as RecordOf<"events">;
      push(out, ["parent"], e.parent, ["events"]);
      push(out, ["series"], e.series, ["organizations"]);
      push(out, ["place"], e.place, ["places"]);
      e.countries.forEach((c, i) => push(out, ["countries", i], c, ["countries"]));
      e.participants.forEach((p, i) => {
        push(out, ["participants", i, "person"], p.person, ["people"]);
        push(out, ["participants", i, "post"], p.post, ["posts"]);
      });
      e.organizations.forEach((o, i) => push(out, ["organizations", i, "organization"], o.organization, ["organizations"]));
      e.topics.forEach((t, i) => push(out, ["topics", i], t, ["topics"]));
      break;
    }
    case "documents": {
      const d = r as RecordOf<"documents">;
      d.parties.forEach((p, i) => push(out, ["parties", i], p, PARTY));
      d.signatories.forEach((p, i) => push(out, ["signatories", i], p, ["people"]));
      push(out, ["event"], d.event, ["events"]);
      d.topics.forEach((t, i) => push(out, ["topics", i], t, ["topics"]));
      break;
    }
    case "statements": {
      const s = r as RecordOf<"statements">;
      push(out, ["speaker"], s.speaker, ["people"]);
      push(out, ["event"], s.event, ["events"]);
      s.topics.forEach((t, i) => push(out, ["topics", i], t, ["topics"]));
      break;
    }
    case "topics":
      push(out, ["parent"], (r as RecordOf<"topics">).parent, ["topics"]);
      break;
    case "places": {
      const p = r as RecordOf<"places">;
      push(out, ["country"], p.country, ["countries"]);
      push(out, ["within"], p.within, ["places"]);
      break;
    }
    case "sources": {
      const s = r as RecordOf<"sources">;
      push(out, ["publisher"], s.publisher, ["organizations"]);
      push(out, ["republishes"], s.republishes, ["organizations", "sources"]);
      break;
    }
    case "disagreements":
      (r as RecordOf<"disagreements">).about.forEach((a, i) => push(out, ["about", i], a, ANY));
      break;
    case "countries":
      break;
  }
  for (const list of citationListsOf(kind, record)) {
    list.citations.forEach((c, i) => push(out, [...list.path, i, "source"], c.source, ["sources"]));
  }
  return out;
}

/** Every list of citations inside a record, marking those that back a fact and so must not be empty. */
export function citationListsOf<K extends RecordKind>(kind: K, record: RecordOf<K>): RecordCitationList[] {
  const out: RecordCitationList[] = [];
  const r = record as AnyRecord;
  switch (kind) {
    case "people": {
      const p = r as RecordOf<"people">;
      names(out, p);
      if (p.birth) out.push({ path: ["birth", "citations"], citations: p.birth.citations, required: true, what: "birth" });
      if (p.death) out.push({ path: ["death", "citations"], citations: p.death.citations, required: true, what: "death" });
      out.push({ path: ["citations"], citations: p.citations, required: false, what: "person" });
      break;
    }
    case "organizations": {
      const o = r as RecordOf<"organizations">;
      names(out, o);
      if (o.founded) out.push({ path: ["founded", "citations"], citations: o.founded.citations, required: true, what: "founding" });
      out.push({ path: ["citations"], citations: o.citations, required: false, what: "organization" });
      break;
    }
    case "places":
    case "countries": {
      const p = r as RecordOf<"places">;
      names(out, p);
      out.push({ path: ["citations"], citations: p.citations, required: false, what: kind === "places" ? "place" : "country" });
      break;
    }
    case "posts":
      out.push({ path: ["citations"], citations: (r as RecordOf<"posts">).citations, required: false, what: "post" });
      break;
    case "memberships":
      out.push({ path: ["citations"], citations: (r as RecordOf<"memberships">).citations, required: true, what: "term of office" });
      break;
    case "events": {
      const e = r as RecordOf<"events">;
      out.push({ path: ["citations"], citations: e.citations, required: true, what: "event" });
      e.participants.forEach((p, i) => out.push({ path: ["participants", i, "citations"], citations: p.citations, required: true, what: `participation of ${p.person}` }));
      e.earlierPlans.forEach((p, i) => out.push({ path: ["earlierPlans", i, "citations"], citations: p.citations, required: true, what: `earlier plan for ${p.date}` }));
      break;
    }
    case "documents":
      out.push({ path: ["citations"], citations: (r as RecordOf<"documents">).citations, required: true, what: "document" });
      break;
    case "statements":
      out.push({ path: ["citations"], citations: (r as RecordOf<"statements">).citations, required: true, what: "statement" });
      break;
    case "disagreements":
      (r as RecordOf<"disagreements">).versions.forEach((v, i) => out.push({ path: ["versions", i, "citations"], citations: v.citations, required: true, what: `version "${v.value}"` }));
      break;
    case "topics":
    case "sources":
      break;
  }
  return out;
}
