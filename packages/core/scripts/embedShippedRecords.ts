// An esbuild plugin for the package build: the shipped records go into the bundle already shape-checked (defaults
// filled in), so the check runs once here instead of at every import; the build fails if the data does not pass.
// They stay an object literal: a JSON string for `JSON.parse` read no faster in Node 20, and esbuild prints so long a
// string as a template literal, which read about 1.7 times slower (BENCHMARKS.md, Measurements behind design choices).
import type { Options } from "tsup";
import { readDataset } from "../src/node/readDataset.js";
import { checkShape } from "../src/validate/checkShape.js";
import { dataFolder } from "./dataFolder.js";

type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

/** The records of a data folder as the schema reads them, as JSON; throws one line if they do not pass its shape check. */
export function checkedRecordsJson(folder: string = dataFolder): string {
  const read = readDataset(folder, { validate: false });
  if (!read.ok) throw new Error(read.error);
  const shape = checkShape(read.raw);
  if ("fatal" in shape || shape.issues.length > 0)
    throw new Error(`${folder} does not match the schema; run \`pnpm report\` for details`);
  return JSON.stringify(shape.partial);
}

/** The source of `src/shippedRecords.ts` in the package: the checked records of `data/`, as a literal. */
function embeddedRecordsModule(): string {
  // The schema allows no `__proto__` key, the one place where JSON and an object literal read differently.
  const json = checkedRecordsJson();
  return [
    'import type { Dataset } from "./schema/Dataset.js";',
    `const records = ${json};`,
    "/** The shipped data as the schema reads it, checked when the package was built (called once, by dataset.ts). */",
    "export function shippedRecords(): Dataset { return records as unknown as Dataset; }",
  ].join("\n");
}

/** Replaces `src/shippedRecords.ts` with `embeddedRecordsModule()` in the bundle, rebuilt when a data file changes. */
export function embedShippedRecords(): EsbuildPlugin {
  return {
    name: "embed-shipped-records",
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]shippedRecords\.ts$/ }, () => {
        try {
          return { contents: embeddedRecordsModule(), loader: "ts", watchDirs: [dataFolder] };
        } catch (error) {
          return { errors: [{ text: (error as Error).message }] };
        }
      });
    },
  };
}
