import {
  eventKindLabels,
  eventStatusLabels,
  organizationRoleLabels,
  participantRoleLabels,
  plainText,
  type Event,
  type Frozen,
  type Language,
  type Parley,
} from "@parley/core";
import { joined, personName } from "../localText.js";
import { Lines, type Detail } from "./lines.js";

/** An event: dates at their precision, status and earlier plans, place, parent and children, participants, documents… */
export function eventDetail(parley: Parley, e: Frozen<Event>, language: Language): Detail {
  const l = new Lines(parley, language);
  const t = l.t;
  const held: Readonly<Record<string, string>> = {
    certain: "",
    ambiguous: t.heldAmbiguous,
    impossible: t.heldImpossible,
  };
  l.field(t.date, `${l.date(e.date)}  (${e.date})`).disputed(e.id, "date");
  l.field(t.kind, eventKindLabels[e.kind][language]).disputed(e.id, "kind");
  if (e.place) l.labelledLink(e.place, t.place);
  l.disputed(e.id, "place");
  l.field(t.countries, l.labels(e.countries));
  const parent = parley.parentOf(e.id);
  if (parent) l.link(parent.id, joined([`${t.partOf}: ${l.date(parent.date)}  `, l.textOf(parent, "title")]));
  if (e.series) l.labelledLink(e.series, t.sessionOf(e.sequence ? String(e.sequence) : ""));
  l.field(t.status, eventStatusLabels[e.status][language]).disputed(e.id, "status");
  for (const plan of e.earlierPlans) {
    l.text(t.earlierPlanned(l.date(plan.date), t.outcomes[plan.outcome], plainText(plan.reason ?? "")), "dim", 2);
    l.sources(plan.citations, 4);
  }
  l.disputed(e.id, "earlierPlans");
  l.heading(t.summary).prose(l.textOf(e, "summary")).disputed(e.id, "summary", 0);
  l.section(t.withinEvent, parley.childrenOf(e.id), (child) => l.eventLink(child.id));
  const participants = parley.participantsOf(e.id);
  if (participants.length > 0) l.disputed(e.id, "participants", 0);
  l.section(t.participants, participants, (p) => {
    l.link(p.person.id, `${personName(p.person, language)} — ${participantRoleLabels[p.role][language]}`);
    for (const office of p.posts) {
      const label = l.textOf(office.post, "label");
      const text = `${t.as(label.text)}${held[office.heldOnDate ?? "certain"] ?? ""}`;
      l.link(office.post.id, { text, english: label.english }, 2);
    }
    if (p.posts.length === 0 && p.capacity) l.text(t.as(p.capacity), "dim", 2);
  });
  l.section(t.organizations, e.organizations, (o) =>
    l.link(o.organization, joined([l.label(o.organization), ` — ${organizationRoleLabels[o.role][language]}`])),
  );
  l.section(t.topics, e.topics, (id) => l.link(id));
  l.section(t.documents, parley.documentsOf(e.id), (d) =>
    l.link(d.id, joined([l.textOf(d, "title"), d.date ? `  (${l.date(d.date)})` : ""])),
  );
  l.section(t.statements, parley.statementsOf(e.id), (s) => l.link(s.id, l.statementLabel(s)));
  l.provenance(e.id);
  return {
    kind: "event",
    id: e.id,
    ...l.titled(l.textOf(e, "title")),
    subtitle: `${eventKindLabels[e.kind][language]} · ${l.date(e.date)} · ${eventStatusLabels[e.status][language]}`,
    lines: l.out,
  };
}
