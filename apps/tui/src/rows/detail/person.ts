import { plainText, type Frozen, type Parley, type Person } from "@parley/core";
import { formatDate } from "../../format/date.js";
import { noun } from "../../kinds.js";
import { Lines, termText, type Detail } from "./lines.js";

/** A person: names in every script with their sources, offices over time, events, counterparts, statements. */
export function personDetail(parley: Parley, p: Frozen<Person>): Detail {
  const l = new Lines(parley);
  if (p.summary) l.prose(p.summary);
  if (p.disambiguation) l.prose(`Not to be confused: ${p.disambiguation}`, "dim");
  l.field("Nationality", p.nationality.map((c) => parley.labelOf(c)).join(", "));
  if (p.birth) l.field("Born", `${formatDate(p.birth.date)}${p.birth.place ? `, ${p.birth.place}` : ""}`);
  l.disputed(p.id, "birth", 0);
  if (p.death) l.field("Died", `${formatDate(p.death.date)}${p.death.place ? `, ${p.death.place}` : ""}`);
  l.names(p.nativeName, p.otherNames).disputed(p.id, "name", 0).disputed(p.id, "otherNames", 0);
  l.section("Offices over time", parley.membershipsOf(p.id), (m) => {
    l.link(m.post, parley.labelOf(m.post));
    l.link(m.id, termText(m), 2);
  });
  const events = parley.eventsOf(p.id);
  l.section("Events", events, (e) => l.eventLink(e.id));
  l.section("Met with", parley.counterpartsOf(p.id), (c) =>
    l.link(c.person.id, `${c.person.name} — ${c.count} event${c.count === 1 ? "" : "s"}`),
  );
  l.section("Statements", parley.statementsOf(p.id), (s) => l.link(s.id, plainText(s.summary)));
  l.provenance(p.id);
  const native = p.nativeName ? ` · ${p.nativeName.name}` : "";
  return {
    kind: "person",
    id: p.id,
    title: p.name,
    subtitle: `${noun("people")}${native} · ${events.length} event${events.length === 1 ? "" : "s"}`,
    lines: l.out,
  };
}
