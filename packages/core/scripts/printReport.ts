// `pnpm report`: prints the dataset report (counts, date range, sources, disagreements, every validation issue) for
// the shipped data folder, or for the dataset file or folder given as an argument; exits 1 when there are issues.
// Built into dist/report.js.
import { formatReport } from "../src/report/formatReport.js";
import { readDataset } from "../src/node/readDataset.js";
import { dataFolder } from "./dataFolder.js";

const read = readDataset(process.argv[2] ?? dataFolder);
if (!read.ok) {
  process.stderr.write(`report: ${read.error}\n`);
  process.exitCode = 2;
} else {
  const result = read.validation!;
  process.stdout.write(formatReport(read.raw, result, { textsDir: read.textsDir }));
  process.exitCode = result.ok ? 0 : 1;
}
