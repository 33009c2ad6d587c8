import type { Language } from "@parley/core";
import type { Draft, DraftEvent, Mention } from "@parley/core/draft";
import type { Messages } from "../i18n/en.js";
import { messagesFor } from "../i18n/messagesFor.js";

/** Terminal colours for the kinds of span; a name the record does not know is red. */
const SPAN_COLOUR: Record<Mention["kind"], string> = {
  person: "\u001B[36m",
  post: "\u001B[35m",
  organization: "\u001B[34m",
  place: "\u001B[32m",
  topic: "\u001B[33m",
  date: "\u001B[4m",
};
const UNKNOWN = "\u001B[31m";
const BOLD = "\u001B[1m";
const RESET = "\u001B[0m";

/** A value from a conflict in words. */
const valueText = (value: unknown) => (Array.isArray(value) ? value.join(", ") : JSON.stringify(value));

/**
 * The text with its recognised spans marked: on a terminal in the colour of their kind (red for a name the record
 * does not know), in a pipe between brackets. Each paragraph (non-empty line) is numbered as citations count them.
 */
export function markedText(draft: Pick<Draft, "text" | "mentions">, colour: boolean): string[] {
  const spans = [...draft.mentions].sort((a, b) => a.start - b.start);
  const lines: string[] = [];
  let paragraph = 0;
  let offset = 0;
  let next = 0;
  for (const line of draft.text.split("\n")) {
    const start = offset;
    const end = start + line.length;
    offset = end + 1;
    if (line.trim() === "") continue;
    let out = "";
    let at = start;
    while (next < spans.length && spans[next]!.start < end) {
      const span = spans[next++]!;
      if (span.start < at || span.end > end) continue;
      out += draft.text.slice(at, span.start);
      const words = draft.text.slice(span.start, span.end);
      out += colour
        ? `${span.id === null && span.kind !== "date" ? UNKNOWN : SPAN_COLOUR[span.kind]}${words}${RESET}`
        : `[${words}]`;
      at = span.end;
    }
    out += draft.text.slice(at, end);
    lines.push(`  ${String(++paragraph).padStart(3)}  ${out.trim()}`);
  }
  return lines;
}

/** One drafted event: matched or new, its kind, date and status, participants, what agrees and what conflicts. */
function eventLines(event: DraftEvent, colour: boolean, t: Messages["commands"]["review"]): string[] {
  const r = event.record;
  const head = event.match === null ? `NEW ${r.id}` : `MATCH ${event.match}`;
  const lines = [
    `  ${event.role}  ${colour ? `${BOLD}${head}${RESET}` : head}`,
    `      ${r.kind}, ${r.date}, ${r.status}${r.place ? `, ${t.at} ${r.place}` : ""}: ${r.title}`,
  ];
  if (r.participants.length > 0) {
    const who = (p: (typeof r.participants)[number]) =>
      `${p.person} (${[p.role, ...(p.posts.length > 0 ? p.posts : [p.capacity])].filter(Boolean).join(", ")})`;
    lines.push(`      ${t.people}: ${r.participants.map(who).join("; ")}`);
  }
  if (event.agrees.length > 0) lines.push(`      ${t.agrees}: ${event.agrees.join(", ")}`);
  for (const c of event.conflicts) {
    const line =
      `      CONFLICT ${c.path}: ${t.record} ${valueText(c.record)}, ` +
      `${t.article} ${valueText(c.article)} ("${c.fragment}")`;
    lines.push(colour ? `${UNKNOWN}${line}${RESET}` : line);
  }
  return lines;
}

/**
 * A draft for a curator to read before `parley apply`: the source, any notes, the text with recognised spans marked,
 * the events (matched or new, with agreements and conflicts), and the new records drafted.
 */
export function draftReview(draft: Draft, colour: boolean, language: Language = "en"): string {
  const t = messagesFor(language).commands.review;
  const s = draft.source;
  // The labels of the first lines in one column, as wide as the longer of them (at least "Source  ").
  const column = Math.max(8, ...[t.source, t.note].map((label) => Array.from(label).length + 2));
  const label = (text: string) => text + " ".repeat(column - Array.from(text).length);
  const lines = [
    `${label(t.source)}${s.id}`,
    `${" ".repeat(column)}${s.title} (${[s.language, s.published ?? t.dateUnknown, s.url ?? t.noUrl].join(", ")})`,
  ];
  for (const note of draft.notes) lines.push(`${label(t.note)}${note}`);
  const known = draft.mentions.filter((m) => m.id !== null).length;
  const unknown = draft.mentions.filter((m) => m.id === null && m.kind !== "date").length;
  lines.push("", t.text(known, unknown), ...markedText(draft, colour));
  lines.push("", `${t.events} (${draft.events.length})`);
  for (const event of draft.events) lines.push(...eventLines(event, colour, t));
  const news: [string, { id: string }[]][] = [
    [t.newPeople, draft.people],
    [t.documents, draft.documents],
    [t.statements, draft.statements],
    [t.disagreements, draft.disagreements],
  ];
  for (const [title, records] of news) {
    if (records.length === 0) continue;
    lines.push("", `${title} (${records.length})`);
    for (const record of records) {
      const r = record as { id: string; name?: string; title?: string; question?: string; summary?: string };
      lines.push(`  ${r.id}  ${r.name ?? r.title ?? r.question ?? r.summary ?? ""}`.trimEnd());
    }
  }
  return `${lines.join("\n")}\n`;
}
