import { describe, expect, test } from "vitest";
import { median, percentile } from "../../bench/measure.js";
import { formatReport, formatValue, missedTargets, replaceCoreSection, verdict } from "../../bench/report.js";

describe("the benchmark report", () => {
  test("percentiles use the nearest rank and the median is the 50th", () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(median(values)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile([3], 95)).toBe(3);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  test("times read in µs below a millisecond and a verdict says by how much a target is missed", () => {
    expect(formatValue(0.0042, "ms")).toBe("4.20 µs");
    expect(formatValue(2564.4, "ms")).toBe("2564 ms");
    expect(formatValue(667.2, "MB")).toBe("667 MB");
    expect(verdict(2564, 1500)).toBe("**missed** (1.7× target)");
    expect(verdict(750, 1500)).toBe("met (50% of target)");
  });

  test("the core section replaces only what lies between its markers, keeping other sections", () => {
    const existing =
      "# Benchmarks\n\n## Web\nweb numbers\n\n<!-- core:start -->\nold core\n<!-- core:end -->\n\n## Terminal\ntui numbers\n";
    const updated = replaceCoreSection(existing, "## Core\nnew core");
    expect(updated).toBe(
      "# Benchmarks\n\n## Web\nweb numbers\n\n<!-- core:start -->\n## Core\nnew core\n<!-- core:end -->\n\n## Terminal\ntui numbers\n",
    );
    expect(replaceCoreSection("# Benchmarks\n\n## Web\nweb\n", "## Core")).toBe(
      "# Benchmarks\n\n## Web\nweb\n\n<!-- core:start -->\n## Core\n<!-- core:end -->\n",
    );
    expect(replaceCoreSection(null, "## Core")).toContain("<!-- core:start -->\n## Core\n<!-- core:end -->");
  });

  test("the tables show each size with its ratio to the baseline, the growth and flag growth above 12×", () => {
    const row = (size: number, value: number) => ({
      size,
      measurements: [
        {
          id: "v",
          group: "Validate",
          label: "validate",
          value,
          unit: "ms" as const,
          baseline: { label: "parse", value: value / 2 },
          target: 1500,
        },
      ],
    });
    const text = formatReport([row(10_000, 100), row(100_000, 1300)], {
      date: "2026-11-22",
      cpu: "CPU",
      cores: 2,
      ramGiB: 24,
      node: "v20",
      seconds: 10,
      load: [1, 2],
    });
    expect(text).toContain(
      "| validate | 100 ms (×2.00) | 1300 ms (×2.00) | 13.0× ⚠ (baseline 13.0×) | parse: 650 ms | ≤ 1500 ms | met (87% of target) |",
    );
    expect(missedTargets([row(100_000, 2000)])).toEqual(["validate: 2000 ms against ≤ 1500 ms"]);
  });
});
