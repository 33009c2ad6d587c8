import type { NumberedCitation } from "@/lib/numberCitations";

/** Small numbered links from a fact to its sources further down the page. */
export function CitationMarks({ citations }: { citations: readonly NumberedCitation[] }) {
  if (citations.length === 0) return <span className="badge badge--warn">no source</span>;
  return (
    <sup className="cite-marks">
      [
      {citations.map((c, i) => (
        <span key={c.anchor}>
          {i > 0 ? ", " : null}
          <a href={`#${c.anchor}`} aria-label={`Source ${c.n}: ${c.view.source.title}`}>
            {c.n}
          </a>
        </span>
      ))}
      ]
    </sup>
  );
}
