import type { Measurement } from "./workloads.js";

/** Results of one size. */
export interface SizeResult {
  size: number;
  measurements: Measurement[];
}

/** The machine and run the numbers come from. */
export interface RunInfo {
  date: string;
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  seconds: number;
  /** One-minute load averages when the run started and ended (2 cores: above 2 means other work competed). */
  load: [number, number];
}

const GROWTH_FLAG = 12;

/** A time or size as short text: µs under a millisecond, ms under ten seconds, else s. */
export function formatValue(value: number, unit: "ms" | "MB"): string {
  if (!Number.isFinite(value)) return "–";
  if (unit === "MB") return `${value.toFixed(0)} MB`;
  if (value < 1) return `${(value * 1000).toFixed(value < 0.01 ? 2 : 1)} µs`;
  if (value < 10_000) return `${value.toFixed(value < 10 ? 2 : value < 100 ? 1 : 0)} ms`;
  return `${(value / 1000).toFixed(1)} s`;
}

function sizeLabel(size: number): string {
  return size >= 1000 ? `${size / 1000}k` : String(size);
}

/** Verdict on a target: met, or missed and by how much. */
export function verdict(value: number, target: number | undefined): string {
  if (target === undefined || !Number.isFinite(value)) return "";
  if (value <= target) return `met (${((value / target) * 100).toFixed(0)}% of target)`;
  return `**missed** (${(value / target).toFixed(1)}× target)`;
}

/** The results as Markdown: one table per group with each size's value and its ratio to the baseline, growth 10k→100k and the target. */
export function formatReport(results: readonly SizeResult[], info: RunInfo): string {
  const sizes = results.map((r) => r.size);
  const largest = sizes.at(-1)!;
  const before = sizes.length > 1 ? sizes.at(-2)! : null;
  const byId = new Map<string, Map<number, Measurement>>();
  const order: Measurement[] = [];
  for (const { size, measurements } of results) {
    for (const m of measurements) {
      if (!byId.has(m.id)) {
        byId.set(m.id, new Map());
        order.push(m);
      }
      byId.get(m.id)!.set(size, m);
    }
  }
  const lines: string[] = [];
  lines.push(
    `Measured ${info.date} on ${info.cpu} (${info.cores} cores, ${info.ramGiB} GiB RAM), Node ${info.node}; ` +
      `the whole run took ${info.seconds.toFixed(0)} s. The machine is shared: ` +
      `its one-minute load average was ${info.load[0].toFixed(1)} at the start and ${info.load[1].toFixed(1)} at the end, ` +
      `so other work competed for the ${info.cores} cores and single numbers can be off by tens of percent.`,
  );
  lines.push(
    "Synthetic datasets from `generateDataset` (seeded); the built package (`dist/`) is measured. " +
      "Each cell is the median of repeated runs after a warm-up, followed by the ratio to the baseline measured in " +
      "the same run (×1 = as fast as the baseline, ×0.01 = 100 times faster). " +
      "Growth is the 100k value over the 10k value (10× is linear), with the baseline's own growth beside it; " +
      "⚠ marks growth above 12×.",
  );
  lines.push("");
  const groups = [...new Set(order.map((m) => m.group))];
  for (const group of groups) {
    lines.push(`#### ${group}`, "");
    const head = [
      "operation",
      ...sizes.map(sizeLabel),
      before ? `growth ${sizeLabel(before)}→${sizeLabel(largest)}` : "growth",
      `baseline (at ${sizeLabel(largest)})`,
      `target (${sizeLabel(largest)})`,
      "status",
    ];
    lines.push(`| ${head.join(" | ")} |`, `|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
    for (const first of order.filter((m) => m.group === group)) {
      const at = byId.get(first.id)!;
      const cells = sizes.map((size) => {
        const m = at.get(size);
        if (!m) return "–";
        const ratio = m.baseline && m.baseline.value > 0 ? ` (×${formatRatio(m.value / m.baseline.value)})` : "";
        return `${formatValue(m.value, m.unit)}${ratio}`;
      });
      const last = at.get(largest);
      const prev = before !== null ? at.get(before) : undefined;
      const growth = last && prev && prev.value > 0 ? last.value / prev.value : Number.NaN;
      const baseGrowth =
        last?.baseline && prev?.baseline && prev.baseline.value > 0
          ? last.baseline.value / prev.baseline.value
          : Number.NaN;
      const growthText = Number.isFinite(growth)
        ? `${growth.toFixed(1)}×${growth > GROWTH_FLAG ? " ⚠" : ""}` +
          `${Number.isFinite(baseGrowth) ? ` (baseline ${baseGrowth.toFixed(1)}×)` : ""}`
        : "–";
      const baseline = last?.baseline ? `${last.baseline.label}: ${formatValue(last.baseline.value, last.unit)}` : "";
      const target = first.target !== undefined ? `≤ ${formatValue(first.target, first.unit)}` : "";
      const noted = sizes.flatMap((size) => (at.get(size)?.note ? [{ size, note: at.get(size)!.note! }] : []));
      // A note that differs by size is shown for each size; one that does not, once.
      const notes =
        new Set(noted.map((n) => n.note)).size > 1
          ? noted.map((n) => `${sizeLabel(n.size)}: ${n.note}`)
          : [...new Set(noted.map((n) => n.note))];
      const rowCells = [
        first.label + (notes.length > 0 ? ` (${notes.join("; ")})` : ""),
        ...cells,
        growthText,
        baseline,
        target,
        last ? verdict(last.value, first.target) : "",
      ];
      lines.push(`| ${rowCells.join(" | ")} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

function formatRatio(ratio: number): string {
  if (ratio >= 100) return ratio.toFixed(0);
  if (ratio >= 10) return ratio.toFixed(1);
  if (ratio >= 0.1) return ratio.toFixed(2);
  return ratio.toPrecision(2);
}

/** The targets at the largest size that were missed, one line each. */
export function missedTargets(results: readonly SizeResult[]): string[] {
  const largest = results.at(-1);
  if (!largest) return [];
  return largest.measurements
    .filter((m) => m.target !== undefined && m.value > m.target)
    .map((m) => `${m.label}: ${formatValue(m.value, m.unit)} against ≤ ${formatValue(m.target!, m.unit)}`);
}

const START = "<!-- core:start -->";
const END = "<!-- core:end -->";

/** BENCHMARKS.md with its core section replaced (or added), every other section kept as it was. */
export function replaceCoreSection(existing: string | null, section: string): string {
  const block = `${START}\n${section.trimEnd()}\n${END}`;
  if (existing === null || existing.trim() === "")
    return (
      `# Benchmarks\n\n` +
      `Each package measures itself and writes its own section here; \`pnpm bench\` at the root runs them all.\n\n` +
      `${block}\n`
    );
  const from = existing.indexOf(START);
  const to = existing.indexOf(END);
  if (from !== -1 && to > from) return existing.slice(0, from) + block + existing.slice(to + END.length);
  return `${existing.trimEnd()}\n\n${block}\n`;
}
