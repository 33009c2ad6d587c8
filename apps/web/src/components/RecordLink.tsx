import type { Parley } from "@parley/core";
import { hrefOf } from "@/lib/hrefOf";
import { placeOf } from "@/lib/placeOf";
import { Link } from "./Link";

/** A link to any record by id, labelled with its name or title; plain text when the id is unknown. */
export function RecordLink({ parley, id, children }: { parley: Parley; id: string; children?: React.ReactNode }) {
  const place = placeOf(parley, id);
  const label = children ?? parley.labelOf(id);
  return place ? <Link href={hrefOf(place)}>{label}</Link> : <>{label}</>;
}
