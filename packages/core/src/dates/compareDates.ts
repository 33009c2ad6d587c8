import { AFTER_ALL, BEFORE_ALL } from "./termSpan.js";
import { dateBounds } from "./dateBounds.js";

/** Orders two EDTF dates by earliest possible day, then latest; unparsable or open-start dates sort first. */
export function compareDates(a: string, b: string): number {
  const x = dateBounds(a);
  const y = dateBounds(b);
  const xe = x?.earliest ?? BEFORE_ALL;
  const ye = y?.earliest ?? BEFORE_ALL;
  if (xe !== ye) return xe < ye ? -1 : 1;
  const xl = x?.latest ?? AFTER_ALL;
  const yl = y?.latest ?? AFTER_ALL;
  return xl === yl ? 0 : xl < yl ? -1 : 1;
}
