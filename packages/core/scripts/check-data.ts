// Validates the data in packages/core/data and prints every issue; for curators editing the JSON files.
import { rawDataset } from "../src/rawDataset.js";
import { findSourceTextsDir, loadSourceTexts } from "../src/node.js";
import { validateDataset } from "../src/validate/validateDataset.js";

const sources = (rawDataset as { sources: { id: string; textFile?: string }[] }).sources as Parameters<
  typeof loadSourceTexts
>[0]["sources"];
const result = validateDataset(rawDataset, { texts: loadSourceTexts({ sources }, findSourceTextsDir()) });
for (const i of result.issues) console.log(`${i.code}\t${i.path}\t${i.id ?? ""}\t${i.message}`);
for (const n of result.notices) console.log(`note\t${n.message}`);
console.log(result.ok ? "0 issues" : `${result.issues.length} issues`);
process.exitCode = result.ok ? 0 : 1;
