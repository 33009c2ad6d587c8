import { stringify } from "csv-stringify/browser/esm/sync";
import type { DeepReadonly } from "../deepFreeze.js";
import type { Dataset, RecordKind } from "../schema/Dataset.js";
import { csvTable } from "./csvTable.js";

/**
 * One kind's records as CSV: a UTF-8 byte-order mark, a header row, one row per record, `\n` line ends.
 * Columns follow the record schema's field order; an object field (`nativeName`, `birth`, `coordinates`…)
 * becomes one column per sub-field, named `field.sub`. Cells:
 * - text, numbers and booleans as they are; a missing or null value is an empty cell; free texts (summaries, notes,
 *   reasons…) in plain text, each link to a record written as its visible words (`plainText`);
 * - a list of ids or texts is joined with `; ` (`countries`: `vn; ru`);
 * - citations are `source` or `source#paragraph`, joined with `; ` (fragments and notes are in the JSON export);
 * - event participants are `person:role:posts` (posts joined with `+`, empty when none), joined with `; `;
 * - event organizations are `organization:role`, joined with `; `;
 * - any other list of objects (`otherNames`, `earlierPlans`, `versions`) is compact JSON.
 * Cells starting with `=`, `+`, `-`, `@`, tab or carriage return get a leading `'` so spreadsheets do not run them as formulas.
 */
export function toCsv(dataset: DeepReadonly<Dataset>, kind: RecordKind): string {
  const { columns, rows } = csvTable(dataset, kind);
  return stringify([columns, ...rows], { bom: true, escape_formulas: true });
}
