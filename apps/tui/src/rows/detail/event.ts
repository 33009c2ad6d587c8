import {
  eventKindLabels,
  eventStatusLabels,
  organizationRoleLabels,
  participantRoleLabels,
  plainText,
  type Event,
  type Frozen,
  type Parley,
} from "@parley/core";
import { formatDate } from "../../format/date.js";
import { Lines, type Detail } from "./lines.js";

const HELD: Readonly<Record<string, string>> = {
  certain: "",
  ambiguous: " (the date is too coarse to be sure of the post)",
  impossible: " (the recorded terms do not show this post that day)",
};

/** An event: dates at their precision, status and earlier plans, place, parent and children, participants, documents… */
export function eventDetail(parley: Parley, e: Frozen<Event>): Detail {
  const l = new Lines(parley);
  l.field("Date", `${formatDate(e.date)}  (${e.date})`).disputed(e.id, "date");
  l.field("Kind", eventKindLabels[e.kind].en).disputed(e.id, "kind");
  if (e.place) l.link(e.place, `Place: ${parley.labelOf(e.place)}`);
  l.disputed(e.id, "place");
  l.field("Countries", e.countries.map((c) => parley.labelOf(c)).join(", "));
  const parent = parley.parentOf(e.id);
  if (parent) l.link(parent.id, `Part of: ${formatDate(parent.date)}  ${parent.title}`);
  if (e.series) l.link(e.series, `Session${e.sequence ? ` ${e.sequence}` : ""} of: ${parley.labelOf(e.series)}`);
  l.field("Status", eventStatusLabels[e.status].en).disputed(e.id, "status");
  for (const plan of e.earlierPlans) {
    l.text(
      `earlier planned for ${formatDate(plan.date)}: ${plan.outcome}${plan.reason ? ` (${plainText(plan.reason)})` : ""}`,
      "dim",
      2,
    );
    l.sources(plan.citations, 4);
  }
  l.disputed(e.id, "earlierPlans");
  l.heading("Summary").prose(e.summary).disputed(e.id, "summary", 0);
  l.section("Within this event", parley.childrenOf(e.id), (child) => l.eventLink(child.id));
  const participants = parley.participantsOf(e.id);
  if (participants.length > 0) l.disputed(e.id, "participants", 0);
  l.section("Participants", participants, (p) => {
    l.link(p.person.id, `${p.person.name} — ${participantRoleLabels[p.role].en}`);
    for (const held of p.posts)
      l.link(held.post.id, `as ${held.post.label}${HELD[held.heldOnDate ?? "certain"] ?? ""}`, 2);
    if (p.posts.length === 0 && p.capacity) l.text(`as ${p.capacity}`, "dim", 2);
  });
  l.section("Organizations", e.organizations, (o) =>
    l.link(o.organization, `${parley.labelOf(o.organization)} — ${organizationRoleLabels[o.role].en}`),
  );
  l.section("Topics", e.topics, (t) => l.link(t));
  l.section("Documents", parley.documentsOf(e.id), (d) =>
    l.link(d.id, `${d.title}${d.date ? `  (${formatDate(d.date)})` : ""}`),
  );
  l.section("Statements", parley.statementsOf(e.id), (s) =>
    l.link(s.id, `${parley.labelOf(s.speaker)}: ${plainText(s.summary)}`),
  );
  l.provenance(e.id);
  return {
    kind: "event",
    id: e.id,
    title: e.title,
    subtitle: `${eventKindLabels[e.kind].en} · ${formatDate(e.date)} · ${eventStatusLabels[e.status].en}`,
    lines: l.out,
  };
}
