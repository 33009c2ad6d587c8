import type { Language, Parley, TextIn } from "@parley/core";
import { LocalLinkedText } from "@/components/LocalLinkedText";
import { viewText } from "./viewText";

/** A record page's opening: its one-line summary, then what it is not to be confused with, each where it has one. */
export function RecordLede({
  parley,
  summary,
  disambiguation,
  language,
}: {
  parley: Parley;
  summary: TextIn | undefined;
  disambiguation: TextIn | undefined;
  language: Language;
}) {
  return (
    <>
      {summary ? (
        <p className="lede">
          <LocalLinkedText parley={parley} value={summary} language={language} />
        </p>
      ) : null}
      {disambiguation ? (
        <p className="notice">
          {viewText[language].notToBeConfused}
          <LocalLinkedText parley={parley} value={disambiguation} language={language} />
        </p>
      ) : null}
    </>
  );
}
