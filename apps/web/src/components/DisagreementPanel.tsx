import type { Disagreement, Frozen, Parley } from "@parley/core";
import { rankLabel } from "@/lib/labels";
import { citationsUnder, numberCitations, type NumberedCitation } from "@/lib/numberCitations";
import { DateText } from "./DateText";
import { SourceEntry } from "./SourceList";
import { LinkedText } from "./LinkedText";

const ORDER = { preferred: 0, normal: 1, deprecated: 2 } as const;
/** A version with more sources than this shows them folded under a summary line. */
const FOLD_AFTER = 3;

/** The id of the panel's heading, for links to the panel. */
export const DISAGREEMENT_PANEL_ID = "sources-disagree";

/** The sources of one version: listed, or folded under "N sources" when there are many. */
function VersionSources({ parley, citations }: { parley: Parley; citations: readonly NumberedCitation[] }) {
  const list = (
    <ul className="citations">
      {citations.map((c) => (
        <li key={c.anchor} id={c.anchor}>
          <SourceEntry parley={parley} citation={c} showAbout={false} />
        </li>
      ))}
    </ul>
  );
  if (citations.length <= FOLD_AFTER) return list;
  return (
    <details className="version-sources">
      <summary>{citations.length} sources</summary>
      {list}
    </details>
  );
}

/** One disagreement: the question, every version with its sources and rank, and why one is preferred. */
function DisagreementCard({ parley, disagreement }: { parley: Parley; disagreement: Frozen<Disagreement> }) {
  const numbered = numberCitations(
    parley,
    disagreement.id,
    parley.citationsOf(disagreement.id),
    `d-${disagreement.id}`,
  );
  const versions = disagreement.versions
    .map((v, i) => ({ v, i }))
    .sort((a, b) => ORDER[a.v.rank] - ORDER[b.v.rank] || a.i - b.i);
  const preferred = versions.some(({ v }) => v.rank === "preferred");
  return (
    <div className="disagreement-item" id={`disagreement-${disagreement.id}`}>
      <h3>{disagreement.question}</h3>
      <p className="meta">
        {disagreement.nature === "contradiction"
          ? "The versions contradict each other; at most one is right."
          : "The accounts are complementary; more than one may be right."}{" "}
        Disputed: {[...new Set(disagreement.targets.map((t) => t.path))].join(", ")}.
      </p>
      {versions.map(({ v, i }) => (
        <div className="version" key={i}>
          <p style={{ marginBottom: "0.25rem" }}>
            <span className={v.rank === "preferred" ? "rank-preferred" : "meta"}>
              {v.rank === "preferred" ? "✓ " : null}
              {rankLabel(v.rank)}
              {v.rank === "deprecated" ? " (kept so it is not added again)" : null}:
            </span>{" "}
            <LinkedText parley={parley} text={v.value} />
            {v.date ? (
              <span className="meta">
                {" "}
                (<DateText date={v.date} />)
              </span>
            ) : null}
          </p>
          <VersionSources parley={parley} citations={citationsUnder(numbered, ["versions", i])} />
        </div>
      ))}
      <p>
        <strong>{preferred ? "Why the preferred version: " : "How the accounts fit: "}</strong>
        <LinkedText parley={parley} text={disagreement.reason} />
      </p>
    </div>
  );
}

/** The "Sources disagree" panel: shown wherever a record has recorded disagreements, every version kept. */
export function DisagreementPanel({
  parley,
  disagreements,
}: {
  parley: Parley;
  disagreements: readonly Frozen<Disagreement>[];
}) {
  if (disagreements.length === 0) return null;
  return (
    <section className="disagreement" aria-labelledby={DISAGREEMENT_PANEL_ID}>
      <h2 id={DISAGREEMENT_PANEL_ID}>Sources disagree</h2>
      <p>
        {disagreements.length === 1 ? "One fact here is" : `${disagreements.length} facts here are`} reported
        differently by different sources. Every version is kept with its sources; the preferred one is marked, with the
        reason (Wikidata-style ranks).
      </p>
      {disagreements.map((d) => (
        <DisagreementCard key={d.id} parley={parley} disagreement={d} />
      ))}
    </section>
  );
}
