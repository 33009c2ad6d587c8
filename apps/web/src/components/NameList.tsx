import type { Frozen, NativeName, OtherName, Parley } from "@parley/core";
import { citationsUnder, type NumberedCitation } from "@/lib/numberCitations";
import { languageName } from "@/lib/languageName";
import { CitationMarks } from "./CitationMarks";
import { DataTable } from "./DataTable";
import { LinkedText } from "./LinkedText";

/** Every name a record goes by: the preferred one, the one in its own script, and each other spelling with its sources. */
export function NameList({
  parley,
  name,
  nativeName,
  otherNames,
  citations,
}: {
  parley: Parley;
  name: string;
  nativeName?: Frozen<NativeName>;
  otherNames: readonly Frozen<OtherName>[];
  citations: readonly NumberedCitation[];
}) {
  return (
    <DataTable
      columns={["Name", "Language", "Kind", "Sources"]}
      rows={[
        { key: "preferred", cells: [name, "English", "preferred name", <span className="meta">—</span>] },
        ...(nativeName
          ? [
              {
                key: "native",
                cells: [
                  <span lang={nativeName.lang}>{nativeName.name}</span>,
                  languageName(nativeName.lang),
                  "own script",
                  nativeName.citations.length > 0 ? (
                    <CitationMarks citations={citationsUnder(citations, ["nativeName"])} />
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
                  <LinkedText parley={parley} text={n.note} />
                </div>
              ) : null}
            </>,
            languageName(n.lang),
            n.kind,
            <CitationMarks citations={citationsUnder(citations, ["otherNames", i])} />,
          ],
        })),
      ]}
    />
  );
}
