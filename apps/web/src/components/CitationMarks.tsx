import type { Language } from "@parley/core";
import type { NumberedCitation } from "@/lib/numberCitations";
import { componentText } from "./componentText";
import { Joined } from "./Joined";

/** Small numbered links from a fact to its sources further down the page, named in the page's language. */
export function CitationMarks({ citations, language }: { citations: readonly NumberedCitation[]; language: Language }) {
  const t = componentText[language].citations;
  if (citations.length === 0) return <span className="badge badge--warn">{t.noSource}</span>;
  return (
    <sup className="cite-marks">
      [
      <Joined items={citations} keyOf={(c) => c.anchor}>
        {(c) => (
          <a href={`#${c.anchor}`} aria-label={t.sourceLabel(c.n, c.view.source.title)}>
            {c.n}
          </a>
        )}
      </Joined>
      ]
    </sup>
  );
}
