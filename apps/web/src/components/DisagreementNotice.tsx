import type { Disagreement, Frozen } from "@parley/core";
import { DISAGREEMENT_PANEL_ID } from "./DisagreementPanel";

/** A one-line notice near the top of a page that sources disagree on some of its facts, linking down to the "Sources disagree" panel. */
export function DisagreementNotice({ disagreements }: { disagreements: readonly Frozen<Disagreement>[] }) {
  const count = disagreements.length;
  if (count === 0) return null;
  return (
    <p className="disagreement-notice">
      <a href={`#${DISAGREEMENT_PANEL_ID}`}>
        Sources disagree on {count === 1 ? "one point" : `${count} points`} — see below
      </a>
    </p>
  );
}
