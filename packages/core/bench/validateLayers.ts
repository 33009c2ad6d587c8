// `pnpm --filter @parley/core exec tsx --expose-gc bench/validateLayers.ts [events]`: times JSON.parse and each layer of
// validateDataset at a size (default 100000), wall and CPU, with the shape layer both ways (fast parser, zod alone) in one
// process and on the same bytes. Medians of five rounds, the modes taking turns; a full GC before each step if exposed.
import { generateDataset } from "../src/testing/generateDataset.js";
import { checkProvenance } from "../src/validate/checkProvenance.js";
import { checkReferences } from "../src/validate/checkReferences.js";
import { checkShape } from "../src/validate/checkShape.js";
import { checkTime } from "../src/validate/checkTime.js";
import { median } from "./measure.js";

const ROUNDS = 5;
const MODES = ["zod alone", "fast parser"] as const;

function main(): void {
  const events = process.argv[2] ? Number(process.argv[2]) : 100_000;
  if (!Number.isInteger(events) || events < 1)
    throw new Error(`the number of events must be a positive whole number, got ${process.argv[2]}`);
  const bytes = JSON.stringify(generateDataset({ events, seed: 20_261_122 }));
  const exposed = (globalThis as { gc?: () => void }).gc;
  const gc = exposed ?? (() => {});
  const samples = new Map<string, { wall: number[]; cpu: number[] }>();
  const time = <T>(step: string, run: () => T): T => {
    gc();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const result = run();
    const wall = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const entry = samples.get(step) ?? { wall: [], cpu: [] };
    entry.wall.push(wall);
    entry.cpu.push((cpu.user + cpu.system) / 1000);
    samples.set(step, entry);
    return result;
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of MODES) {
      const input: unknown = time("JSON.parse", () => JSON.parse(bytes));
      const shape = time(`shape (${mode})`, () => checkShape(input, mode === "zod alone"));
      if ("fatal" in shape) throw new Error("the generated dataset is not an object");
      time(`references (after ${mode})`, () => checkReferences(shape.partial, shape.seenIds));
      time(`time (after ${mode})`, () => checkTime(shape.partial));
      time(`provenance (after ${mode})`, () => checkProvenance(shape.partial, new Map()));
    }
  }
  process.stdout.write(
    `validateDataset layers at ${events} events (${(bytes.length / 1048576).toFixed(0)} MB of JSON), medians of ${ROUNDS} rounds` +
      `${exposed ? ", full GC before each step" : " (run with --expose-gc to collect before each step)"}:\n\n`,
  );
  process.stdout.write("| step | wall | CPU |\n|---|---:|---:|\n");
  for (const [step, { wall, cpu }] of samples)
    process.stdout.write(`| ${step} | ${median(wall).toFixed(0)} ms | ${median(cpu).toFixed(0)} ms |\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`validateLayers: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
