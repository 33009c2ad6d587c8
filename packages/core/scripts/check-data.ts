// Validates the data in packages/core/data (or the dataset file or folder given) and prints every issue, one per
// line, tab-separated; for curators editing the JSON files. Run with `tsx scripts/check-data.ts`.
import { readDataset } from "../src/node/readDataset.js";
import { dataFolder } from "./dataFolder.js";

const read = readDataset(process.argv[2] ?? dataFolder);
if (!read.ok) {
  console.error(`check-data: ${read.error}`);
  process.exitCode = 2;
} else {
  const result = read.validation!;
  for (const i of result.issues) console.log(`${i.code}\t${i.path}\t${i.id ?? ""}\t${i.message}`);
  for (const n of result.notices) console.log(`note\t${n.message}`);
  console.log(result.ok ? "0 issues" : `${result.issues.length} issues`);
  process.exitCode = result.ok ? 0 : 1;
}
