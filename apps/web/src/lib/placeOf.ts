import type { Parley } from "@parley/core";
import type { RecordPlace } from "./hrefOf";
import { hasPage } from "./paths";

/**
 * Where the dataset shows a record, for `hrefOf`: a term of office on its holder's page, a statement on its event's,
 * a disagreement on the first record it is about that has a page of its own (else on the first record's place).
 * Null when the id is unknown.
 */
export function placeOf(parley: Parley, id: string): RecordPlace | null {
  const found = parley.get(id);
  if (!found.ok) return null;
  const { kind, record } = found.value;
  switch (kind) {
    case "memberships":
      return { kind, id, parent: { kind: "people", id: (record as { person: string }).person } };
    case "statements":
      return { kind, id, parent: { kind: "events", id: (record as { event: string }).event } };
    case "disagreements": {
      const about = (record as { targets: readonly { record: string }[] }).targets.map((t) => t.record);
      const own = about.find((a) => {
        const aboutKind = parley.kindOf(a);
        return aboutKind !== null && hasPage(aboutKind);
      });
      const shownOn = own ?? about[0];
      return { kind, id, parent: shownOn === undefined ? null : placeOf(parley, shownOn) };
    }
    default:
      return { kind, id };
  }
}
