import type { Frozen, Language, NativeName, OtherName, Parley } from "@parley/core";
import { citationsUnder, type NumberedCitation } from "@/lib/numberCitations";
import { otherNameKindLabel } from "@/lib/labels";
import { languageName } from "@/lib/languageName";
import { CitationMarks } from "./CitationMarks";
import { componentText } from "./componentText";
import { DataTable } from "./DataTable";
import { InLanguage } from "./InLanguage";
import { LinkedText } from "./LinkedText";

/**
 * Every name a record goes by: the preferred (English) one, the one in its own script, and each other spelling with
 * its sources. The names stay as the sources write them, each marked with its language; the table speaks the page's.
 */
export function NameList({
  parley,
  name,
  nativeName,
  otherNames,
  citations,
  language,
}: {
  parley: Parley;
  name: string;
  nativeName?: Frozen<NativeName>;
  otherNames: readonly Frozen<OtherName>[];
  citations: readonly NumberedCitation[];
  language: Language;
}) {
  const t = componentText[language].names;
  return (
    <DataTable
      columns={[t.columns.name, t.columns.language, t.columns.kind, t.columns.sources]}
      rows={[
        {
          key: "preferred",
          cells: [
            <InLanguage lang="en" language={language}>
              {name}
            </InLanguage>,
            languageName("en", language),
            t.preferred,
            <span className="meta">—</span>,
          ],
        },
        ...(nativeName
          ? [
              {
                key: "native",
                cells: [
                  <span lang={nativeName.lang}>{nativeName.name}</span>,
                  languageName(nativeName.lang, language),
                  t.ownScript,
                  nativeName.citations.length > 0 ? (
                    <CitationMarks citations={citationsUnder(citations, ["nativeName"])} language={language} />
                  ) : (
                    <span className="meta">—</span>
                  ),
                ],
              },
            ]
          : []),
        ...otherNames.map((n, i) => ({
          key: `${n.name}:${n.lang}:${i}`,
          cells: [
            <>
              <span lang={n.lang}>{n.name}</span>
              {n.note ? (
                <div className="meta">
                  <InLanguage lang="en" language={language}>
                    <LinkedText parley={parley} text={n.note} language={language} />
                  </InLanguage>
                </div>
              ) : null}
            </>,
            languageName(n.lang, language),
            otherNameKindLabel(n.kind, language),
            <CitationMarks citations={citationsUnder(citations, ["otherNames", i])} language={language} />,
          ],
        })),
      ]}
    />
  );
}
