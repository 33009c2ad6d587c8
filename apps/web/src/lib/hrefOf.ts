import type { Parley } from "@parley/core";
import { hasPage, pathFor } from "./paths";

/**
 * The page that shows a record, for any id: its own page, or the page it lives on
 * (a term of office on its holder's page, a statement on its event's page, a country on the filtered timeline).
 * Null when the id is unknown.
 */
export function hrefOf(parley: Parley, id: string): string | null {
  const found = parley.get(id);
  if (!found.ok) return null;
  const { kind, record } = found.value;
  if (hasPage(kind)) return pathFor(kind, id);
  switch (kind) {
    case "memberships":
      return `${pathFor("people", (record as { person: string }).person)}#terms`;
    case "statements":
      return `${pathFor("events", (record as { event: string }).event)}#statement-${id}`;
    case "countries":
      return `/timeline/?country=${encodeURIComponent(id)}`;
    case "disagreements": {
      // Shown on the page of the first record it is about that has a page of its own, else where that record lives.
      const about = (record as { about: readonly string[] }).about;
      const own = about.find((a) => {
        const kind = parley.kindOf(a);
        return kind !== null && hasPage(kind);
      });
      const base = hrefOf(parley, own ?? about[0] ?? "");
      return base ? `${base.split("#")[0]}#disagreement-${id}` : null;
    }
    default:
      return null;
  }
}
