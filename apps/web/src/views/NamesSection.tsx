import type { Frozen, Language, NativeName, OtherName, Parley } from "@parley/core";
import type { ReactNode } from "react";
import { NameList } from "@/components/NameList";
import type { NumberedCitation } from "@/lib/numberCitations";
import { viewText } from "./viewText";

/** A record page's names: a heading (with any marks after it) over every name the record goes by, with sources. */
export function NamesSection({
  parley,
  record,
  citations,
  marks,
  language,
}: {
  parley: Parley;
  record: { name: string; nativeName?: Frozen<NativeName>; otherNames: readonly Frozen<OtherName>[] };
  citations: readonly NumberedCitation[];
  /** What follows the heading's text, such as the marks of disputed names. */
  marks?: ReactNode;
  language: Language;
}) {
  return (
    <>
      <h2 id="names">
        {viewText[language].names}
        {marks}
      </h2>
      <NameList
        parley={parley}
        name={record.name}
        nativeName={record.nativeName}
        otherNames={record.otherNames}
        citations={citations}
        language={language}
      />
    </>
  );
}
