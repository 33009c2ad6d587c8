import type { Language, Parley } from "@parley/core";
import { Joined } from "./Joined";
import { RecordLink } from "./RecordLink";

/** Links to records, comma-separated and named in the page's language; `none` (muted) when there are none. */
export function RecordLinks({
  parley,
  ids,
  language,
  none,
}: {
  parley: Parley;
  ids: readonly string[];
  language: Language;
  none?: string;
}) {
  if (ids.length === 0) return none === undefined ? null : <span className="meta">{none}</span>;
  return <Joined items={ids}>{(id) => <RecordLink parley={parley} id={id} language={language} />}</Joined>;
}
