import type { NumberedCitation } from "@/lib/numberCitations";
import { Joined } from "./Joined";

/** Small numbered links from a fact to its sources further down the page. */
export function CitationMarks({ citations }: { citations: readonly NumberedCitation[] }) {
  if (citations.length === 0) return <span className="badge badge--warn">no source</span>;
  return (
    <sup className="cite-marks">
      [
      <Joined items={citations} keyOf={(c) => c.anchor}>
        {(c) => (
          <a href={`#${c.anchor}`} aria-label={`Source ${c.n}: ${c.view.source.title}`}>
            {c.n}
          </a>
        )}
      </Joined>
      ]
    </sup>
  );
}
