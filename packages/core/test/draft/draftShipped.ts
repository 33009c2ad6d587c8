import { dataset } from "../../src/dataset.js";
import { draftFromText as draftWith, type DraftOptions } from "../../src/draft/draftFromText.js";

/** `draftFromText` matched against the shipped record, as the tests use it. */
export function draftFromText(input: string, options: Partial<DraftOptions> = {}) {
  return draftWith(input, { dataset, ...options });
}
