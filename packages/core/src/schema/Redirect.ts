import { z } from "zod";
import { Id } from "./Id.js";

/** An id that no longer names a record, and the record that now stands for it (after a rename, merge or redating). */
export const Redirect = z.strictObject({
  /** The old id; unique among redirects and never the id of a live record. */
  from: Id,
  /** The live record that replaces it. */
  to: Id,
  /** Why the id changed, in our words. */
  note: z.string().min(1).optional(),
});
export type Redirect = z.infer<typeof Redirect>;
