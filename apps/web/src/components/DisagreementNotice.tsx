import type { Disagreement, Frozen, Language } from "@parley/core";
import { componentText } from "./componentText";
import { DISAGREEMENT_PANEL_ID } from "./DisagreementPanel";

/** A one-line notice near the top of a page that sources disagree on some of its facts, linking down to the "Sources disagree" panel. */
export function DisagreementNotice({
  disagreements,
  language,
}: {
  disagreements: readonly Frozen<Disagreement>[];
  language: Language;
}) {
  const count = disagreements.length;
  if (count === 0) return null;
  return (
    <p className="disagreement-notice">
      <a href={`#${DISAGREEMENT_PANEL_ID}`}>{componentText[language].disagreement.notice(count)}</a>
    </p>
  );
}
