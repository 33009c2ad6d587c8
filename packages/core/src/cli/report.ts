import { rawDataset } from "../rawDataset.js";
import { formatReport } from "../report/formatReport.js";
import { findSourceTextsDir, loadSourceTexts } from "../node.js";
import { validateDataset } from "../validate/validateDataset.js";

const textsDir = findSourceTextsDir();
const sources = ((rawDataset as { sources?: { id: string; textFile?: string }[] }).sources ?? []) as Parameters<
  typeof loadSourceTexts
>[0]["sources"];
const result = validateDataset(rawDataset, { texts: loadSourceTexts({ sources }, textsDir) });
process.stdout.write(formatReport(rawDataset, result, { textsDir }));
process.exitCode = result.ok ? 0 : 1;
