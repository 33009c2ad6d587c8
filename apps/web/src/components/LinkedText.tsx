import { splitLinks, type Language, type Parley } from "@parley/core";
import { RecordLink } from "./RecordLink";

/** A free text (summary, note, reason) with each `[visible text](record-id)` shown as a link to that record. */
export function LinkedText({ parley, text, language }: { parley: Parley; text: string; language: Language }) {
  return (
    <>
      {splitLinks(text).map((part, i) =>
        part.id === undefined ? (
          part.text
        ) : (
          <RecordLink key={i} parley={parley} language={language} id={parley.resolveId(part.id) ?? part.id}>
            {part.text}
          </RecordLink>
        ),
      )}
    </>
  );
}
