import { Text, render } from "ink";
import { loadDataset } from "../load.js";

/** Starts the interactive interface and resolves with the exit code when it closes. */
export async function startInteractive(dataFile: string | undefined): Promise<number> {
  const loaded = loadDataset(dataFile);
  const app = render(<Text>{loaded.ok ? `Parley: ${loaded.dataset.events.length} events` : "Parley: dataset has issues"}</Text>);
  await app.waitUntilExit();
  return 0;
}
