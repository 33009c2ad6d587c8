import type { Language, Parley, TextIn } from "@parley/core";
import { LinkedText } from "./LinkedText";
import { LocalText } from "./LocalText";

/**
 * A free text in the page's language with its `[text](id)` links shown as links, marked as `LocalText` marks it
 * (its `lang` where it is in another language, and a visible note where English stands in for a translation).
 */
export function LocalLinkedText({ parley, value, language }: { parley: Parley; value: TextIn; language: Language }) {
  return (
    <LocalText value={value} language={language}>
      <LinkedText parley={parley} text={value.text} language={language} />
    </LocalText>
  );
}
