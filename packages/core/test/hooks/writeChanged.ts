// Run as a child process by the tests (`node --import tsx test/hooks/writeChanged.ts FOLDER`): writes the shipped data
// with one change in several files into a data folder, so a test can kill it mid-write.
import { pathToFileURL } from "node:url";
import { writeDataset } from "../../src/node/writeDataset.js";
import { rawDataset } from "../../src/rawDataset.js";
import type { Dataset } from "../../src/schema/Dataset.js";

/** The shipped data with one change in three files (meta, people and events), so a write replaces more than one. */
export function changedDataset(): Dataset {
  const data = structuredClone(rawDataset) as Dataset;
  data.version = "9.9.9";
  data.people[0]!.name = "Someone Else";
  data.events[0]!.title = "Another title";
  return data;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  writeDataset(process.argv[2]!, changedDataset(), { layout: "folder" });
