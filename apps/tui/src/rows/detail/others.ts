// Detail views of the kinds other than events and people; related records come from core's queries.
import type {
  Country,
  Disagreement,
  Document,
  Frozen,
  Membership,
  Organization,
  Parley,
  Place,
  Post,
  Source,
  Statement,
  Topic,
} from "@parley/core";
import { documentKindLabels, organizationKindLabels, placeKindLabels, plainText, rankLabels } from "@parley/core";
import { formatDate } from "../../format/date.js";
import { noun, plural, singular } from "../../kinds.js";
import { Lines, termText, type Detail } from "./lines.js";

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function organizationDetail(parley: Parley, o: Frozen<Organization>): Detail {
  const l = new Lines(parley);
  if (o.summary) l.prose(o.summary);
  if (o.disambiguation) l.prose(`Not to be confused: ${o.disambiguation}`, "dim");
  l.field("Kind", organizationKindLabels[o.kind].en);
  if (o.parent) l.link(o.parent, `Part of: ${parley.labelOf(o.parent)}`);
  l.field("Countries", o.countries.map((c) => parley.labelOf(c)).join(", "));
  if (o.founded) l.field("Founded", formatDate(o.founded.date));
  if (o.url) l.url(o.url, "web site");
  l.names(o.nativeName, o.otherNames);
  l.section("Parts", parley.partsOf(o.id), (x) => l.link(x.id));
  l.section(plural.posts, parley.postsOf(o.id), (p) => l.link(p.id));
  const events = parley.eventsOf(o.id);
  l.section("Events", events, (e) => l.eventLink(e.id));
  l.section("Documents it is party to", parley.documentsOf(o.id), (d) => l.link(d.id));
  l.section("Sources it published", parley.sourcesPublishedBy(o.id), (s) => l.link(s.id));
  l.section("Reprints of its reporting", parley.republicationsOf(o.id), (s) => l.link(s.id));
  l.provenance(o.id);
  return {
    kind: "organization",
    id: o.id,
    title: o.name,
    subtitle: `${organizationKindLabels[o.kind].en.toLowerCase()} · ${count(events.length, "event")}`,
    lines: l.out,
  };
}

export function postDetail(parley: Parley, p: Frozen<Post>): Detail {
  const l = new Lines(parley);
  l.link(p.organization, `Of: ${parley.labelOf(p.organization)}`);
  if (p.country) l.field("Country", parley.labelOf(p.country));
  l.field("Holders", p.singleHolder ? "one at a time" : "several at once");
  if (p.otherLabels.length > 0) l.field("Also called", p.otherLabels.join("; "));
  const holders = parley.holdersOf(p.id);
  l.section("Holders over time", holders, (m) => {
    l.link(m.person, parley.labelOf(m.person));
    l.link(m.id, termText(m), 2);
  });
  l.provenance(p.id);
  return {
    kind: "post",
    id: p.id,
    title: p.label,
    subtitle: `${noun("posts")} · ${count(holders.length, "term")}`,
    lines: l.out,
  };
}

export function topicDetail(parley: Parley, t: Frozen<Topic>): Detail {
  const l = new Lines(parley);
  if (t.description) l.prose(t.description);
  if (t.parent) l.link(t.parent, `Broader: ${parley.labelOf(t.parent)}`);
  if (t.aliases.length > 0) l.field("Also", t.aliases.join("; "));
  l.section("Narrower topics", parley.narrowerOf(t.id), (x) => l.link(x.id));
  const events = parley.timeline({ topics: [t.id] });
  l.section("Events", events, (e) => l.eventLink(e.id));
  l.section("Documents", parley.documentsOf(t.id), (d) => l.link(d.id));
  l.section("Statements", parley.statementsOf(t.id), (s) =>
    l.link(s.id, `${parley.labelOf(s.speaker)}: ${plainText(s.summary)}`),
  );
  return {
    kind: "topic",
    id: t.id,
    title: t.label,
    subtitle: `${noun("topics")} · ${count(events.length, "event")}`,
    lines: l.out,
  };
}

export function placeDetail(parley: Parley, p: Frozen<Place>): Detail {
  const l = new Lines(parley);
  l.field("Kind", placeKindLabels[p.kind].en);
  l.field("Country", parley.labelOf(p.country));
  if (p.within) l.link(p.within, `Within: ${parley.labelOf(p.within)}`);
  if (p.coordinates) l.field("Coordinates", `${p.coordinates.lat}, ${p.coordinates.lon}`);
  l.names(p.nativeName, p.otherNames);
  l.section("Places within", parley.placesWithin(p.id), (x) => l.link(x.id));
  const events = parley.eventsOf(p.id);
  l.section("Events", events, (e) => l.eventLink(e.id));
  l.provenance(p.id);
  return {
    kind: "place",
    id: p.id,
    title: p.name,
    subtitle: `${placeKindLabels[p.kind].en.toLowerCase()} · ${count(events.length, "event")}`,
    lines: l.out,
  };
}

export function documentDetail(parley: Parley, d: Frozen<Document>): Detail {
  const l = new Lines(parley);
  l.field("Kind", documentKindLabels[d.kind].en);
  if (d.date) l.field("Date", `${formatDate(d.date)}  (${d.date})`);
  if (d.event) l.link(d.event, `Signed at: ${parley.labelOf(d.event)}`);
  if (d.summary) l.heading("Summary").prose(d.summary);
  l.section("Parties", d.parties, (id) => l.link(id));
  l.section("Signatories", d.signatories, (id) => l.link(id));
  l.section("Topics", d.topics, (id) => l.link(id));
  l.provenance(d.id);
  return {
    kind: "document",
    id: d.id,
    title: d.title,
    subtitle: `${documentKindLabels[d.kind].en.toLowerCase()}${d.date ? ` · ${formatDate(d.date)}` : ""}`,
    lines: l.out,
  };
}

export function sourceDetail(parley: Parley, s: Frozen<Source>): Detail {
  const l = new Lines(parley);
  if (s.publisher) l.link(s.publisher, `Publisher: ${parley.labelOf(s.publisher)}`);
  else l.field("Publisher", "unknown");
  l.field("Published", s.published ? `${formatDate(s.published)}  (${s.published})` : "date unknown");
  l.field("Language", s.language);
  if (s.url) l.url(s.url, "url");
  else l.field("URL", "unknown");
  l.field("Text held", s.textAvailable ? `yes${s.textFile ? ` (${s.textFile})` : ""}` : "no");
  if (s.republishes) l.link(s.republishes, `Republishes: ${parley.labelOf(s.republishes)}`);
  if (s.quality === "weak") l.field("Quality", "weak source: corroborate what rests on it");
  if (s.note) l.prose(s.note, "dim");
  l.section("Republished by", parley.republicationsOf(s.id), (x) => l.link(x.id));
  const citing = parley.recordsCiting(s.id);
  l.section("Records citing it", citing, (r) => l.link(r.id, `${singular[r.kind]}: ${r.label}`));
  return {
    kind: "source",
    id: s.id,
    title: s.title,
    subtitle: `${noun("sources")} · cited by ${count(citing.length, "record")}`,
    lines: l.out,
  };
}

export function statementDetail(parley: Parley, s: Frozen<Statement>): Detail {
  const l = new Lines(parley);
  l.link(s.speaker, `Speaker: ${parley.labelOf(s.speaker)}`);
  l.eventLink(s.event);
  l.heading("Position (paraphrased)").prose(s.summary).disputed(s.id, "summary", 0);
  l.section("Topics", s.topics, (id) => l.link(id));
  l.provenance(s.id);
  return {
    kind: "statement",
    id: s.id,
    title: `${parley.labelOf(s.speaker)}: ${plainText(s.summary)}`,
    subtitle: noun("statements"),
    lines: l.out,
  };
}

export function membershipDetail(parley: Parley, m: Frozen<Membership>): Detail {
  const l = new Lines(parley);
  l.link(m.person, `Holder: ${parley.labelOf(m.person)}`);
  l.link(m.post, `Post: ${parley.labelOf(m.post)}`);
  l.field("Term", termText(m));
  if (m.firstSeen) l.field("First seen in post", formatDate(m.firstSeen));
  if (m.lastSeen) l.field("Last seen in post", formatDate(m.lastSeen));
  if (m.note) l.prose(m.note, "dim");
  l.disputed(m.id, "note", 0);
  l.provenance(m.id);
  return { kind: "membership", id: m.id, title: parley.labelOf(m.id), subtitle: noun("memberships"), lines: l.out };
}

export function countryDetail(parley: Parley, c: Frozen<Country>): Detail {
  const l = new Lines(parley);
  l.names(c.nativeName, c.otherNames);
  const events = parley.eventsOf(c.id);
  l.section("Events", events, (e) => l.eventLink(e.id));
  l.provenance(c.id);
  return {
    kind: "country",
    id: c.id,
    title: c.name,
    subtitle: `${noun("countries")} · ${count(events.length, "event")}`,
    lines: l.out,
  };
}

export function disagreementDetail(parley: Parley, d: Frozen<Disagreement>): Detail {
  const l = new Lines(parley);
  l.section("Disputes", d.targets, ({ record, path }) => {
    const kind = parley.kindOf(record);
    l.link(record, `${kind ? `${singular[kind]}: ` : ""}${parley.labelOf(record)} — ${path}`);
  });
  l.field("Nature", d.nature);
  l.heading(`Versions (${d.versions.length})`);
  for (const v of d.versions) {
    l.prose(`${rankLabels[v.rank].en}: ${v.value}${v.date ? ` (${formatDate(v.date)})` : ""}`);
    l.sources(v.citations);
  }
  l.heading("Reason").prose(d.reason);
  return {
    kind: "disagreement",
    id: d.id,
    title: d.question,
    subtitle: `${plural.disagreements.toLowerCase()} · ${d.nature}`,
    lines: l.out,
  };
}
