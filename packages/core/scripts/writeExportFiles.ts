// Build step (dist/write-exports.js): writes every export of the shipped dataset into dist/exports. Runs from dist/ after tsup,
// importing the built library beside it, so what is written is exactly what the package ships.
import { mkdirSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

type Core = typeof import("../src/index.js");
type NodeHelpers = typeof import("../src/node/index.js");
type Shipped = typeof import("../src/shipped.js");

async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const core = (await import(new URL("./index.js", import.meta.url).href)) as Core;
  const { dataset } = (await import(new URL("./shipped.js", import.meta.url).href)) as Shipped;
  const { writeFileAtomic } = (await import(new URL("./node.js", import.meta.url).href)) as NodeHelpers;
  const out = join(here, "exports");
  rmSync(out, { recursive: true, force: true });
  const files = core.exportFiles(dataset);
  let bytes = 0;
  for (const file of files) {
    const target = join(out, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, file.content);
    bytes += Buffer.byteLength(file.content);
  }
  // The draft's JSON Schema (issue 12), beside the dataset's; from the draft entry, which the main one leaves out.
  const draft = (await import(new URL("./draft.js", import.meta.url).href)) as typeof import("../src/draft.js");
  const draftSchema = `${JSON.stringify(draft.draftJsonSchema(), null, 2)}\n`;
  writeFileAtomic(join(out, "draft.schema.json"), draftSchema);
  bytes += Buffer.byteLength(draftSchema);
  const skipped = core.toICalendar(dataset).skipped.length;
  process.stdout.write(
    `write-exports: ${files.length + 1} files, ${(bytes / 1024).toFixed(0)} KiB in ${relative(process.cwd(), out) || "."} ` +
      `(Parley ${dataset.version}: ${dataset.events.length} events, ${skipped} left out of the calendar)\n`,
  );
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`write-exports: failed: ${message.split("\n")[0]}\n`);
  process.exitCode = 1;
});
