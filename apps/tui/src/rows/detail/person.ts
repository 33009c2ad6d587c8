import { plainText, type Frozen, type Language, type Parley, type Person } from "@parley/core";
import { messagesFor } from "../../i18n/messagesFor.js";
import { noun } from "../../kinds.js";
import { otherScriptName, personName } from "../localText.js";
import { Lines, termText, type Detail } from "./lines.js";

/** A person: names in every script with their sources, offices over time, events, counterparts, statements. */
export function personDetail(parley: Parley, p: Frozen<Person>, language: Language): Detail {
  const l = new Lines(parley, language);
  const t = l.t;
  const events = messagesFor(language).kindCount.events;
  if (p.summary) l.prose(l.textOf(p, "summary"));
  if (p.disambiguation) {
    const what = l.textOf(p, "disambiguation");
    l.prose({ text: t.notToBeConfused(what.text), english: what.english }, "dim");
  }
  l.field(t.nationality, l.labels(p.nationality));
  if (p.birth) l.field(t.born, `${l.date(p.birth.date)}${p.birth.place ? `, ${p.birth.place}` : ""}`);
  l.disputed(p.id, "birth", 0);
  if (p.death) l.field(t.died, `${l.date(p.death.date)}${p.death.place ? `, ${p.death.place}` : ""}`);
  l.names(p.nativeName, p.otherNames).disputed(p.id, "name", 0).disputed(p.id, "otherNames", 0);
  l.section(t.officesOverTime, parley.membershipsOf(p.id), (m) => {
    l.link(m.post);
    l.link(m.id, termText(m, language), 2);
  });
  const theirs = parley.eventsOf(p.id);
  l.section(t.events, theirs, (e) => l.eventLink(e.id));
  l.section(t.metWith, parley.counterpartsOf(p.id), (c) =>
    l.link(c.person.id, `${personName(c.person, language)} — ${events(c.count)}`),
  );
  l.section(t.statements, parley.statementsOf(p.id), (s) => {
    const summary = l.textOf(s, "summary");
    l.link(s.id, { text: plainText(summary.text), english: summary.english });
  });
  l.provenance(p.id);
  const title = personName(p, language);
  const other = otherScriptName(p, title);
  const native = other !== undefined ? ` · ${other}` : "";
  return {
    kind: "person",
    id: p.id,
    title,
    subtitle: `${noun("people", language)}${native} · ${events(theirs.length)}`,
    lines: l.out,
  };
}
