import { fileURLToPath } from "node:url";

/** The shipped data folder (`packages/core/data`), from a script in `scripts/` or built into `dist/`: both sit beside it. */
export const dataFolder = fileURLToPath(new URL("../data/", import.meta.url));
