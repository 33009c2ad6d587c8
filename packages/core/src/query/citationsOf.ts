import { deepFreeze } from "../deepFreeze.js";
import { citedPartIn } from "../model/CitedPart.js";
import { citationListsOf } from "../model/walkRecord.js";
import type { Source } from "../schema/Source.js";
import type { ParleyIndex } from "./buildIndex.js";
import { EMPTY } from "./frozenList.js";
import type { CitationView, Frozen } from "./Parley.js";
import { textFragmentUrl } from "./textFragmentUrl.js";

/** Every citation in a record, with its source, what it supports, its path in the record and its link. */
export function citationsOf(index: ParleyIndex, id: string): readonly CitationView[] {
  const found = index.byId.get(id);
  if (!found) return EMPTY;
  const out: CitationView[] = [];
  for (const list of citationListsOf(found.kind, found.record)) {
    list.citations.forEach((citation, i) => {
      const source = index.byId.get(citation.source);
      if (source?.kind !== "sources") return;
      out.push({
        citation,
        source: source.record as Frozen<Source>,
        what: citedPartIn(list.part, "en"),
        part: list.part,
        path: [...list.path, i],
        url: textFragmentUrl(citation, source.record as Source),
      });
    });
  }
  return deepFreeze(out);
}
