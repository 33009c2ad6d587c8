import { dateBounds } from "../dates/dateBounds.js";
import { recordKinds } from "../schema/Dataset.js";
import type { ValidationResult } from "../validate/validateDataset.js";
import { formatSourcing } from "./formatSourcing.js";

interface Loose {
  version?: unknown;
  events?: { date?: unknown }[];
  sources?: { publisher?: unknown }[];
  organizations?: { id?: unknown; name?: unknown }[];
  disagreements?: { id?: unknown; question?: unknown; versions?: { value?: unknown; rank?: unknown }[] }[];
}

/**
 * The dataset report: counts per kind, date range, how events are sourced, sources per publisher, disagreements,
 * and every validation issue.
 */
export function formatReport(
  raw: unknown,
  result: ValidationResult,
  options: { textsDir?: string | null } = {},
): string {
  const data = (raw ?? {}) as Loose & Record<string, unknown>;
  const lines: string[] = [];
  lines.push(`Parley dataset ${typeof data.version === "string" ? data.version : "(no version)"}`, "");
  lines.push("Records");
  for (const kind of recordKinds) {
    const list = data[kind];
    lines.push(`  ${kind.padEnd(14)} ${String(Array.isArray(list) ? list.length : 0).padStart(5)}`);
  }
  const bounds = (data.events ?? [])
    .map((e) => (typeof e?.date === "string" ? dateBounds(e.date) : null))
    .filter((b) => b !== null);
  const earliest = bounds
    .map((b) => b.earliest)
    .filter((d): d is string => d !== null)
    .sort()[0];
  const latest = bounds
    .map((b) => b.latest)
    .filter((d): d is string => d !== null)
    .sort()
    .at(-1);
  lines.push("", `Events span ${earliest ?? "?"} to ${latest ?? "?"}`);
  // Sourcing needs the typed dataset: shown for a valid dataset only.
  if (result.ok) lines.push("", ...formatSourcing(result.dataset));

  const names = new Map((data.organizations ?? []).map((o) => [String(o?.id), String(o?.name)]));
  const perPublisher = new Map<string, number>();
  for (const s of data.sources ?? []) {
    const name = typeof s?.publisher === "string" ? (names.get(s.publisher) ?? s.publisher) : "(publisher unknown)";
    perPublisher.set(name, (perPublisher.get(name) ?? 0) + 1);
  }
  lines.push("", "Sources per publisher");
  for (const [name, count] of [...perPublisher].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    lines.push(`  ${String(count).padStart(4)}  ${name}`);

  lines.push("", `Disagreements (${(data.disagreements ?? []).length})`);
  for (const d of data.disagreements ?? []) {
    const preferred = (d?.versions ?? []).find((v) => v?.rank === "preferred");
    lines.push(`  ${String(d?.id)}: ${String(d?.question)}`);
    if (preferred) lines.push(`      preferred: ${String(preferred.value)}`);
  }

  lines.push("", "Validation");
  if (result.ok) lines.push("  0 issues: the dataset is valid.");
  else {
    lines.push(`  ${result.issues.length} issue${result.issues.length === 1 ? "" : "s"}:`);
    for (const i of result.issues)
      lines.push(`  ${i.code.padEnd(32)} ${i.path}${i.id ? ` (${i.id})` : ""}: ${i.message}`);
  }
  if (options.textsDir === null)
    lines.push("  Source texts not found (set PARLEY_TEXTS_DIR): fragments in held texts were not checked.");
  for (const n of result.notices) lines.push(`  note: ${n.message}`);
  return `${lines.join("\n")}\n`;
}
