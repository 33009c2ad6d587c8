import type { Language } from "@parley/core";
import type { DatasetDiff, FieldChange, RecordChange } from "@parley/core/curate";
import { messagesFor } from "../i18n/messagesFor.js";

/** The longest a value is shown in a change line before it is cut with "…". */
const MAX_VALUE = 100;

const COLOUR = { ADD: "\u001B[32m", MOD: "\u001B[33m", DEL: "\u001B[31m", reset: "\u001B[0m" } as const;

/** A value as one short line of JSON. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** A record's label for a change line: its title, name, label or question, where it has one. */
function labelOf(record: unknown): string {
  const r = record as { title?: unknown; name?: unknown; label?: unknown; question?: unknown } | null;
  const label = [r?.title, r?.name, r?.label, r?.question].find((v) => typeof v === "string");
  return label === undefined ? "" : `  ${JSON.stringify(label)}`;
}

/** One changed field: `+ path: new`, `- path: old`, or `~ path: old → new`. */
export function fieldLine(field: FieldChange): string {
  if (!("old" in field)) return `+ ${field.path}: ${shown(field.new)}`;
  if (!("new" in field)) return `- ${field.path}: ${shown(field.old)}`;
  return `~ ${field.path}: ${shown(field.old)} → ${shown(field.new)}`;
}

/** A change's first line: op, kind, id and, for an added or deleted record, its label. */
function headLine(change: RecordChange, colour: boolean): string {
  const op = colour ? `${COLOUR[change.op]}${change.op}${COLOUR.reset}` : change.op;
  return `${op} ${change.kind} ${change.id}${change.op === "MOD" ? "" : labelOf(change.record)}`;
}

/** How many of each, as a closing line in a language: `3 changes: 2 added, 1 modified, 0 deleted`. */
export function changeCount(changes: readonly RecordChange[], language: Language = "en"): string {
  const count = (op: RecordChange["op"]) => changes.filter((c) => c.op === op).length;
  return messagesFor(language).commands.changeCount(changes.length, count("ADD"), count("MOD"), count("DEL"));
}

/**
 * Record-level changes for a reader, one record per line (`ADD events <id>  "<title>"`), each modified field indented
 * below its record, then the dataset's own fields, then a count. Colour marks the operation on a terminal only.
 */
export function diffText(
  diff: Pick<DatasetDiff, "records"> & Partial<DatasetDiff>,
  colour = false,
  language: Language = "en",
): string {
  const t = messagesFor(language).commands;
  const lines: string[] = [];
  for (const change of diff.records) {
    lines.push(headLine(change, colour));
    if (change.op === "MOD") for (const field of change.fields) lines.push(`    ${fieldLine(field)}`);
  }
  for (const field of diff.meta ?? []) lines.push(`${t.datasetField} ${fieldLine(field)}`);
  const none = diff.records.length === 0 && (diff.meta ?? []).length === 0;
  lines.push(none ? t.noChanges : changeCount(diff.records, language));
  return `${lines.join("\n")}\n`;
}
