import type { Language, Parley } from "@parley/core";
import { hrefOf } from "@/lib/hrefOf";
import { placeOf } from "@/lib/placeOf";
import { Link } from "./Link";

/**
 * A link to any record by id, labelled with its name or title in the page's language; plain text when the id is
 * unknown.
 */
export function RecordLink({
  parley,
  id,
  language,
  children,
}: {
  parley: Parley;
  id: string;
  language: Language;
  children?: React.ReactNode;
}) {
  const place = placeOf(parley, id);
  const label = children ?? parley.labelOf(id, language);
  return place ? <Link href={hrefOf(place)}>{label}</Link> : <>{label}</>;
}
