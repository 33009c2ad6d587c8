// `pnpm --filter @parley/core exec tsx bench/profile.ts validate|parley|search [events]`: profiles one build step of the
// built package at a size (default 100000) with `node --cpu-prof` and prints where the time goes, self and inclusive.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateDataset } from "../dist/testing.js";
import { summarizeProfile, type CpuProfile } from "./summarizeProfile.js";

const STEPS = {
  validate: "validateDataset(JSON.parse(text))",
  parley: "createParley(JSON.parse(text))",
  search: "createSearchIndex(JSON.parse(text))",
} as const;

function main(): void {
  const [step, eventsArg] = process.argv.slice(2);
  if (!step || !(step in STEPS))
    throw new Error(`say what to profile: ${Object.keys(STEPS).join(", ")} (then optionally a number of events)`);
  const events = eventsArg ? Number(eventsArg) : 100_000;
  if (!Number.isInteger(events) || events < 1)
    throw new Error(`the number of events must be a positive whole number, got ${eventsArg}`);
  const dir = mkdtempSync(join(tmpdir(), "parley-profile-"));
  try {
    const file = join(dir, "dataset.json");
    writeFileSync(file, JSON.stringify(generateDataset({ events, seed: 20_261_122 })));
    const dist = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "index.js")).href;
    const code = `import { readFileSync } from "node:fs";
import { createParley, createSearchIndex, validateDataset } from ${JSON.stringify(dist)};
const text = readFileSync(process.argv[1], "utf8");
${STEPS[step as keyof typeof STEPS]}; // warm-up run, not looked at separately
const start = performance.now();
${STEPS[step as keyof typeof STEPS]};
process.stdout.write(String(performance.now() - start));`;
    const ms = Number(
      execFileSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--input-type=module", "-e", code, file], {
        encoding: "utf8",
      }),
    );
    const profileFile = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))!;
    const rows = summarizeProfile(JSON.parse(readFileSync(join(dir, profileFile), "utf8")) as CpuProfile);
    process.stdout.write(
      `${step} at ${events} events: ${ms.toFixed(0)} ms for the second run; ` +
        `the profile covers both runs and the JSON.parse before each.\n\n`,
    );
    process.stdout.write("| function | inclusive | self |\n|---|---:|---:|\n");
    for (const row of rows.filter((r) => r.totalMs >= 20 && !r.name.startsWith("(root)")).slice(0, 45)) {
      process.stdout.write(`| ${row.name} | ${row.totalMs.toFixed(0)} ms | ${row.selfMs.toFixed(0)} ms |\n`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  process.stderr.write(`profile: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
