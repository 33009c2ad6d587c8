import type { Frozen, NativeName, OtherName } from "@parley/core";
import { citationsUnder, type NumberedCitation } from "@/lib/numberCitations";
import { languageName } from "@/lib/languageName";
import { CitationMarks } from "./CitationMarks";
import { DataTable } from "./DataTable";

/** Every name a record goes by: the preferred one, the one in its own script, and each other spelling with its sources. */
export function NameList({ name, nativeName, otherNames, citations }: { name: string; nativeName?: Frozen<NativeName>; otherNames: readonly Frozen<OtherName>[]; citations: readonly NumberedCitation[] }) {
  return (
    <DataTable columns={["Name", "Language", "Kind", "Sources"]}>
      <tr>
        <td>{name}</td>
        <td>English</td>
        <td>preferred name</td>
        <td className="meta">—</td>
      </tr>
      {nativeName ? (
        <tr>
          <td lang={nativeName.lang}>{nativeName.name}</td>
          <td>{languageName(nativeName.lang)}</td>
          <td>own script</td>
          <td>{nativeName.citations.length > 0 ? <CitationMarks citations={citationsUnder(citations, ["nativeName"])} /> : <span className="meta">—</span>}</td>
        </tr>
      ) : null}
      {otherNames.map((n, i) => (
        <tr key={`${n.name}:${n.lang}:${i}`}>
          <td lang={n.lang}>
            {n.name}
            {n.note ? <div className="meta">{n.note}</div> : null}
          </td>
          <td>{languageName(n.lang)}</td>
          <td>{n.kind}</td>
          <td>
            <CitationMarks citations={citationsUnder(citations, ["otherNames", i])} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
