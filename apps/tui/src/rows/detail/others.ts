// Detail views of the kinds other than events and people; related records come from core's queries.
import type {
  Country,
  Disagreement,
  Document,
  Frozen,
  Language,
  Membership,
  Organization,
  Parley,
  Place,
  Post,
  Source,
  Statement,
  Topic,
} from "@parley/core";
import { documentKindLabels, organizationKindLabels, placeKindLabels, rankLabels } from "@parley/core";
import { messagesFor } from "../../i18n/messagesFor.js";
import { noun, pluralOf, singularOf } from "../../kinds.js";
import { joined, nameOf, versionOf } from "../localText.js";
import { Lines, termText, type Detail } from "./lines.js";

export function organizationDetail(parley: Parley, o: Frozen<Organization>, language: Language): Detail {
  const l = new Lines(parley, language);
  const t = l.t;
  if (o.summary) l.prose(l.textOf(o, "summary"));
  if (o.disambiguation) {
    const what = l.textOf(o, "disambiguation");
    l.prose({ text: t.notToBeConfused(what.text), english: what.english }, "dim");
  }
  l.field(t.kind, organizationKindLabels[o.kind][language]);
  if (o.parent) l.labelledLink(o.parent, t.partOf);
  l.field(t.countries, l.labels(o.countries));
  if (o.founded) l.field(t.founded, l.date(o.founded.date));
  if (o.url) l.url(o.url, t.webSite);
  l.names(o.nativeName, o.otherNames);
  l.section(t.parts, parley.partsOf(o.id), (x) => l.link(x.id));
  l.section(pluralOf("posts", language), parley.postsOf(o.id), (p) => l.link(p.id));
  const events = parley.eventsOf(o.id);
  l.section(t.events, events, (e) => l.eventLink(e.id));
  l.section(t.documentsPartyTo, parley.documentsOf(o.id), (d) => l.link(d.id));
  l.section(t.sourcesPublished, parley.sourcesPublishedBy(o.id), (s) => l.link(s.id));
  l.section(t.reprints, parley.republicationsOf(o.id), (s) => l.link(s.id));
  l.provenance(o.id);
  return {
    kind: "organization",
    id: o.id,
    ...l.titled(nameOf(o, language)),
    subtitle: `${organizationKindLabels[o.kind][language].toLowerCase()} · ${messagesFor(language).kindCount.events(events.length)}`,
    lines: l.out,
  };
}

export function postDetail(parley: Parley, p: Frozen<Post>, language: Language): Detail {
  const l = new Lines(parley, language);
  const t = l.t;
  l.labelledLink(p.organization, t.of);
  if (p.country) l.field(t.country, l.labels([p.country]));
  l.field(t.holders, p.singleHolder ? t.oneAtATime : t.severalAtOnce);
  if (p.otherLabels.length > 0) l.field(t.alsoCalled, p.otherLabels.join("; "));
  const holders = parley.holdersOf(p.id);
  l.section(t.holdersOverTime, holders, (m) => {
    l.link(m.person);
    l.link(m.id, termText(m, language), 2);
  });
  l.provenance(p.id);
  return {
    kind: "post",
    id: p.id,
    ...l.titled(l.textOf(p, "label")),
    subtitle: `${noun("posts", language)} · ${t.terms(holders.length)}`,
    lines: l.out,
  };
}

export function topicDetail(parley: Parley, topic: Frozen<Topic>, language: Language): Detail {
  const l = new Lines(parley, language);
  const t = l.t;
  if (topic.description) l.prose(l.textOf(topic, "description"));
  if (topic.parent) l.labelledLink(topic.parent, t.broader);
  if (topic.aliases.length > 0) l.field(t.also, topic.aliases.join("; "));
  l.section(t.narrower, parley.narrowerOf(topic.id), (x) => l.link(x.id));
  const events = parley.timeline({ topics: [topic.id] });
  l.section(t.events, events, (e) => l.eventLink(e.id));
  l.section(t.documents, parley.documentsOf(topic.id), (d) => l.link(d.id));
  l.section(t.statements, parley.statementsOf(topic.id), (s) => l.link(s.id, l.statementLabel(s)));
  return {
    kind: "topic",
    id: topic.id,
    ...l.titled(l.textOf(topic, "label")),
    subtitle: `${noun("topics", language)} · ${messagesFor(language).kindCount.events(events.length)}`,
    lines: l.out,
  };
}

export function placeDetail(parley: Parley, p: Frozen<Place>, language: Language): Detail {
  const l = new Lines(parley, language);
  const t = l.t;
  l.field(t.kind, placeKindLabels[p.kind][language]);
  l.field(t.country, l.labels([p.country]));
  if (p.within) l.labelledLink(p.within, t.within);
  if (p.coordinates) l.field(t.coordinates, `${p.coordinates.lat}, ${p.coordinates.lon}`);
  l.names(p.nativeName, p.otherNames);
  l.section(t.placesWithin, parley.placesWithin(p.id), (x) => l.link(x.id));
  const events = parley.eventsOf(p.id);
  l.section(t.events, events, (e) => l.eventLink(e.id));
  l.provenance(p.id);
  return {
    kind: "place",
    id: p.id,
    ...l.titled(nameOf(p, language)),
    subtitle: `${placeKindLabels[p.kind][language].toLowerCase()} · ${messagesFor(language).kindCount.events(events.length)}`,
    lines: l.out,
  };
}

export function documentDetail(parley: Parley, d: Frozen<Document>, language: Language): Detail {
  const l = new Lines(parley, language);
  const t = l.t;
  l.field(t.kind, documentKindLabels[d.kind][language]);
  if (d.date) l.field(t.date, `${l.date(d.date)}  (${d.date})`);
  if (d.event) l.labelledLink(d.event, t.signedAt);
  if (d.summary) l.heading(t.summary).prose(l.textOf(d, "summary"));
  l.section(t.parties, d.parties, (id) => l.link(id));
  l.section(t.signatories, d.signatories, (id) => l.link(id));
  l.section(t.topics, d.topics, (id) => l.link(id));
  l.provenance(d.id);
  return {
    kind: "document",
    id: d.id,
    ...l.titled(l.textOf(d, "title")),
    subtitle: `${documentKindLabels[d.kind][language].toLowerCase()}${d.date ? ` · ${l.date(d.date)}` : ""}`,
    lines: l.out,
  };
}

export function sourceDetail(parley: Parley, s: Frozen<Source>, language: Language): Detail {
  const l = new Lines(parley, language);
  const t = l.t;
  const common = messagesFor(language).common;
  if (s.publisher) l.labelledLink(s.publisher, t.publisher);
  else l.field(t.publisher, common.unknown);
  l.field(t.published, s.published ? `${l.date(s.published)}  (${s.published})` : l.date(null));
  l.field(t.language, s.language);
  if (s.url) l.url(s.url, t.url);
  else l.field(t.urlField, common.unknown);
  l.field(t.textHeld, s.textAvailable ? `${common.yes}${s.textFile ? ` (${s.textFile})` : ""}` : common.no);
  if (s.republishes) l.labelledLink(s.republishes, t.republishes);
  if (s.quality === "weak") l.field(t.quality, t.weakSource);
  if (s.note) l.prose(s.note, "dim");
  l.section(t.republishedBy, parley.republicationsOf(s.id), (x) => l.link(x.id));
  const citing = parley.recordsCiting(s.id);
  l.section(t.recordsCiting, citing, (r) => l.labelledLink(r.id, singularOf(r.kind, language)));
  return {
    kind: "source",
    id: s.id,
    title: s.title,
    subtitle: `${noun("sources", language)} · ${t.citedBy(citing.length)}`,
    lines: l.out,
  };
}

export function statementDetail(parley: Parley, s: Frozen<Statement>, language: Language): Detail {
  const l = new Lines(parley, language);
  const t = l.t;
  l.labelledLink(s.speaker, t.speaker);
  l.eventLink(s.event);
  l.heading(t.position).prose(l.textOf(s, "summary")).disputed(s.id, "summary", 0);
  l.section(t.topics, s.topics, (id) => l.link(id));
  l.provenance(s.id);
  return {
    kind: "statement",
    id: s.id,
    ...l.titled(l.statementLabel(s)),
    subtitle: noun("statements", language),
    lines: l.out,
  };
}

export function membershipDetail(parley: Parley, m: Frozen<Membership>, language: Language): Detail {
  const l = new Lines(parley, language);
  const t = l.t;
  l.labelledLink(m.person, t.holder);
  l.labelledLink(m.post, t.post);
  l.field(t.term, termText(m, language));
  if (m.firstSeen) l.field(t.firstSeen, l.date(m.firstSeen));
  if (m.lastSeen) l.field(t.lastSeen, l.date(m.lastSeen));
  if (m.note) l.prose(m.note, "dim");
  l.disputed(m.id, "note", 0);
  l.provenance(m.id);
  return {
    kind: "membership",
    id: m.id,
    ...l.titled(l.label(m.id)),
    subtitle: noun("memberships", language),
    lines: l.out,
  };
}

export function countryDetail(parley: Parley, c: Frozen<Country>, language: Language): Detail {
  const l = new Lines(parley, language);
  l.names(c.nativeName, c.otherNames);
  const events = parley.eventsOf(c.id);
  l.section(l.t.events, events, (e) => l.eventLink(e.id));
  l.provenance(c.id);
  return {
    kind: "country",
    id: c.id,
    ...l.titled(nameOf(c, language)),
    subtitle: `${noun("countries", language)} · ${messagesFor(language).kindCount.events(events.length)}`,
    lines: l.out,
  };
}

export function disagreementDetail(parley: Parley, d: Frozen<Disagreement>, language: Language): Detail {
  const l = new Lines(parley, language);
  const t = l.t;
  l.section(t.about, d.targets, ({ record, path }) => {
    const kind = parley.kindOf(record);
    l.link(record, joined([kind ? `${singularOf(kind, language)}: ` : "", l.label(record), ` — ${path}`]));
  });
  l.field(t.nature, t.natures[d.nature]);
  l.heading(`${t.versions} (${d.versions.length})`);
  for (const [i, v] of d.versions.entries()) {
    const value = versionOf(d, i, language);
    l.prose(joined([`${rankLabels[v.rank][language]}: `, value, v.date ? ` (${l.date(v.date)})` : ""]));
    l.sources(v.citations);
  }
  l.heading(t.reason).prose(l.textOf(d, "reason"));
  return {
    kind: "disagreement",
    id: d.id,
    ...l.titled(l.textOf(d, "question")),
    subtitle: `${pluralOf("disagreements", language).toLowerCase()} · ${t.natures[d.nature]}`,
    lines: l.out,
  };
}
