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
  if (e.place) l.link(e.place, `${t.place}: ${parley.labelOf(e.place)}`);
  l.disputed(e.id, "place");
  l.field(t.countries, e.countries.map((c) => parley.labelOf(c)).join(", "));
  const parent = parley.parentOf(e.id);
  if (parent) l.link(parent.id, `${t.partOf}: ${l.date(parent.date)}  ${parent.title}`);
  if (e.series) l.link(e.series, `${t.sessionOf(e.sequence ? String(e.sequence) : "")}: ${parley.labelOf(e.series)}`);
  l.field(t.status, eventStatusLabels[e.status][language]).disputed(e.id, "status");
  for (const plan of e.earlierPlans) {
    l.text(t.earlierPlanned(l.date(plan.date), t.outcomes[plan.outcome], plainText(plan.reason ?? "")), "dim", 2);
    l.sources(plan.citations, 4);
  }
  l.disputed(e.id, "earlierPlans");
  l.heading(t.summary).prose(e.summary).disputed(e.id, "summary", 0);
  l.section(t.withinEvent, parley.childrenOf(e.id), (child) => l.eventLink(child.id));
  const participants = parley.participantsOf(e.id);
  if (participants.length > 0) l.disputed(e.id, "participants", 0);
  l.section(t.participants, participants, (p) => {
    l.link(p.person.id, `${p.person.name} — ${participantRoleLabels[p.role][language]}`);
    for (const office of p.posts)
      l.link(office.post.id, `${t.as(office.post.label)}${held[office.heldOnDate ?? "certain"] ?? ""}`, 2);
    if (p.posts.length === 0 && p.capacity) l.text(t.as(p.capacity), "dim", 2);
  });
  l.section(t.organizations, e.organizations, (o) =>
    l.link(o.organization, `${parley.labelOf(o.organization)} — ${organizationRoleLabels[o.role][language]}`),
  );
  l.section(t.topics, e.topics, (id) => l.link(id));
  l.section(t.documents, parley.documentsOf(e.id), (d) =>
    l.link(d.id, `${d.title}${d.date ? `  (${l.date(d.date)})` : ""}`),
  );
  l.section(t.statements, parley.statementsOf(e.id), (s) =>
    l.link(s.id, `${parley.labelOf(s.speaker)}: ${plainText(s.summary)}`),
  );
  l.provenance(e.id);
  return {
    kind: "event",
    id: e.id,
    title: e.title,
    subtitle: `${eventKindLabels[e.kind][language]} · ${l.date(e.date)} · ${eventStatusLabels[e.status][language]}`,
    lines: l.out,
  };
}
