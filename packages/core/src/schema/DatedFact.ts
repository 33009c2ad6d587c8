import { z } from "zod";
import { Citations } from "./Citation.js";
import { EdtfDate } from "./EdtfDate.js";

/** A date with the sources that state it (a birth date, a founding date). */
export const DatedFact = z.strictObject({
  /** The date at the precision sources give. */
  date: EdtfDate,
  /** Where it was, if sourced (free text, e.g. "Alekseevka, Saratov Oblast"). */
  place: z.string().min(1).optional(),
  /** Sources that state it. */
  citations: Citations,
});
export type DatedFact = z.infer<typeof DatedFact>;
