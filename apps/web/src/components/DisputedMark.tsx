import type { Parley } from "@parley/core";

/**
 * A mark beside a fact that sources dispute: one link per disagreement about that field of the record, down to where
 * the page's "Sources disagree" panel shows it. Nothing when no disagreement targets the field.
 */
export function DisputedMark({ parley, record, path }: { parley: Parley; record: string; path: string }) {
  const disputes = parley.disagreementsAboutField(record, path);
  if (disputes.length === 0) return null;
  return (
    <>
      {disputes.map((d) => (
        <span key={d.id}>
          {" "}
          <a
            className="badge badge--warn disputed-mark"
            href={`#disagreement-${d.id}`}
            title={d.question}
            aria-label={`Sources disagree: ${d.question}`}
          >
            disputed
          </a>
        </span>
      ))}
    </>
  );
}
