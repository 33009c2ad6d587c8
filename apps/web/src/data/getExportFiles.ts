import { exportFiles, type ExportFile, type ExportManifest } from "@parley/core";
import { getDataset } from "./getParley";

let files: ExportFile[] | undefined;

/** Every export of the site's dataset (core's `exportFiles`), made once per build worker. */
export function getExportFiles(): readonly ExportFile[] {
  files ??= exportFiles(getDataset());
  return files;
}

/** The manifest of the exports (`index.json`): version, citation, licence, files and sizes. */
export function getExportManifest(): ExportManifest {
  const index = getExportFiles().find((f) => f.path === "index.json");
  if (typeof index?.content !== "string") throw new Error("core's exportFiles gave no index.json");
  return JSON.parse(index.content) as ExportManifest;
}
