// `pnpm bench`: measures the built package (dist/) at 1k, 10k and 100k generated events, each size in its own
// process, prints Markdown tables and, with --write, updates the core section of BENCHMARKS.md.
// Options: --write; --sizes=1000,10000 (default 1000,10000,100000); --from=FILE renders the results a previous run
// saved (every run saves them to $TMPDIR/parley-bench-results.json) instead of measuring again.
import { execFileSync, fork } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateDataset } from "../dist/testing.js";
import { formatReport, missedTargets, replaceCoreSection, type RunInfo, type SizeResult } from "./report.js";
import { MEMORY_PROBE, measureAll, memoryMeasurements, type Measurement } from "./workloads.js";

const here = dirname(fileURLToPath(import.meta.url));
const SEED = 20_261_122;

/** Runs every timing at one size in a fresh process (so sizes do not share caches, JIT state or heap). */
function inChild(file: string, size: number): Promise<Measurement[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ["--child", file, String(size)], {
      execArgv: [...process.execArgv, "--expose-gc"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let result: Measurement[] | null = null;
    child.on("message", (message) => (result = message as Measurement[]));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 && result
        ? resolve(result)
        : reject(new Error(`the measurement at ${size} events exited with code ${code}`)),
    );
  });
}

/** Peak memory of a plain Node process that loads, validates and indexes the dataset (no benchmark harness in it). */
function memoryOf(file: string): Measurement[] {
  const dist = pathToFileURL(join(here, "..", "dist")).href;
  const probe = JSON.parse(
    execFileSync(
      process.execPath,
      ["--expose-gc", "--input-type=module", "-e", MEMORY_PROBE.replace("DIST", dist), file],
      { encoding: "utf8" },
    ),
  ) as { peakMB: number; heapMB: number; fileMB: number };
  const empty = Number(
    execFileSync(process.execPath, ["-e", "process.stdout.write(String(process.resourceUsage().maxRSS / 1024))"], {
      encoding: "utf8",
    }),
  );
  return memoryMeasurements(probe, empty);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") {
    process.send!(measureAll(args[1]!, Number(args[2])));
    return;
  }
  const fromArg = args.find((a) => a.startsWith("--from="));
  if (fromArg) {
    const saved = JSON.parse(readFileSync(fromArg.slice("--from=".length), "utf8")) as {
      results: SizeResult[];
      info: RunInfo;
    };
    publish(saved.results, saved.info, args.includes("--write"));
    return;
  }
  const sizesArg = args.find((a) => a.startsWith("--sizes="));
  const sizes = sizesArg ? sizesArg.slice("--sizes=".length).split(",").map(Number) : [1_000, 10_000, 100_000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes takes whole numbers of events, e.g. --sizes=1000,10000`);
  if (!existsSync(join(here, "..", "dist", "index.js")))
    throw new Error("dist/ is missing: run the build first (pnpm --filter @parley/core build)");

  const started = performance.now();
  const loadAtStart = loadavg()[0]!;
  const dir = mkdtempSync(join(tmpdir(), "parley-bench-"));
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) {
      const file = join(dir, `dataset-${size}.json`);
      writeFileSync(file, JSON.stringify(generateDataset({ events: size, seed: SEED })));
      process.stderr.write(`bench: ${size} events…\n`);
      const measurements = await inChild(file, size);
      measurements.push(...memoryOf(file));
      results.push({ size, measurements });
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const info = {
    date: new Date().toISOString().slice(0, 10),
    cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: cpus().length,
    ramGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    seconds: (performance.now() - started) / 1000,
    load: [loadAtStart, loadavg()[0]!] as [number, number],
  };
  writeFileSync(join(tmpdir(), "parley-bench-results.json"), JSON.stringify({ results, info }));
  publish(results, info, args.includes("--write"));
}

/** Prints the tables and the missed targets; with `write`, puts them (and bench/analysis.md) into BENCHMARKS.md. */
function publish(results: SizeResult[], info: RunInfo, write: boolean): void {
  const tables = formatReport(results, info);
  process.stdout.write(`${tables}\n`);
  const missed = missedTargets(results);
  process.stdout.write(
    missed.length === 0 ? "All targets met.\n" : `Targets missed:\n${missed.map((m) => `- ${m}`).join("\n")}\n`,
  );
  if (write) {
    const path = join(here, "..", "..", "..", "BENCHMARKS.md");
    const analysis = existsSync(join(here, "analysis.md"))
      ? readFileSync(join(here, "analysis.md"), "utf8").trim()
      : "";
    const section = [
      "## Core (`@parley/core`)",
      "",
      "Written by `pnpm --filter @parley/core bench --write` (`packages/core/bench/`).",
      "",
      tables,
      analysis,
    ].join("\n");
    writeFileSync(path, replaceCoreSection(existsSync(path) ? readFileSync(path, "utf8") : null, section));
    process.stderr.write(`bench: wrote the core section of ${path}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
