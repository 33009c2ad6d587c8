import { textIn, type Disagreement, type Frozen, type Language, type Parley } from "@parley/core";
import { versionOf } from "@/lib/frozenText";
import { rankLabel } from "@/lib/labels";
import { citationsUnder, numberCitations, type NumberedCitation } from "@/lib/numberCitations";
import { componentText } from "./componentText";
import { DateText } from "./DateText";
import { LocalLinkedText } from "./LocalLinkedText";
import { LocalText } from "./LocalText";
import { SourceEntry } from "./SourceList";

const ORDER = { preferred: 0, normal: 1, deprecated: 2 } as const;
/** A version with more sources than this shows them folded under a summary line. */
const FOLD_AFTER = 3;

/** The id of the panel's heading, for links to the panel. */
export const DISAGREEMENT_PANEL_ID = "sources-disagree";

/** The sources of one version: listed, or folded under "N sources" when there are many. */
function VersionSources({
  parley,
  citations,
  language,
}: {
  parley: Parley;
  citations: readonly NumberedCitation[];
  language: Language;
}) {
  const list = (
    <ul className="citations">
      {citations.map((c) => (
        <li key={c.anchor} id={c.anchor}>
          <SourceEntry parley={parley} citation={c} showAbout={false} language={language} />
        </li>
      ))}
    </ul>
  );
  if (citations.length <= FOLD_AFTER) return list;
  return (
    <details className="version-sources">
      <summary>{componentText[language].disagreement.sources(citations.length)}</summary>
      {list}
    </details>
  );
}

/** One disagreement: the question, every version with its sources and rank, and why one is preferred. */
function DisagreementCard({
  parley,
  disagreement,
  language,
}: {
  parley: Parley;
  disagreement: Frozen<Disagreement>;
  language: Language;
}) {
  const t = componentText[language].disagreement;
  const numbered = numberCitations(
    parley,
    disagreement.id,
    parley.citationsOf(disagreement.id),
    language,
    `d-${disagreement.id}`,
  );
  const versions = disagreement.versions
    .map((v, i) => ({ v, i }))
    .sort((a, b) => ORDER[a.v.rank] - ORDER[b.v.rank] || a.i - b.i);
  const preferred = versions.some(({ v }) => v.rank === "preferred");
  const question = textIn(disagreement, "question", language)!;
  const reason = textIn(disagreement, "reason", language)!;
  const fields = [...new Set(disagreement.targets.map((target) => target.path))].map((path) => t.fields[path] ?? path);
  return (
    <div className="disagreement-item" id={`disagreement-${disagreement.id}`}>
      <h3>
        <LocalText value={question} language={language} />
      </h3>
      <p className="meta">
        {disagreement.nature === "contradiction" ? t.contradiction : t.complementary} {t.disputed(fields.join(", "))}
      </p>
      {versions.map(({ v, i }) => {
        const value = versionOf(disagreement, i, language)!;
        return (
          <div className="version" key={i}>
            <p style={{ marginBottom: "0.25rem" }}>
              <span className={v.rank === "preferred" ? "rank-preferred" : "meta"}>
                {v.rank === "preferred" ? "✓ " : null}
                {rankLabel(v.rank, language)}
                {v.rank === "deprecated" ? t.deprecatedNote : null}:
              </span>{" "}
              <LocalLinkedText parley={parley} value={value} language={language} />
              {v.date ? (
                <span className="meta">
                  {" "}
                  (<DateText date={v.date} language={language} />)
                </span>
              ) : null}
            </p>
            <VersionSources parley={parley} citations={citationsUnder(numbered, ["versions", i])} language={language} />
          </div>
        );
      })}
      <p>
        <strong>{preferred ? t.whyPreferred : t.howTheyFit}</strong>
        <LocalLinkedText parley={parley} value={reason} language={language} />
      </p>
    </div>
  );
}

/** The "Sources disagree" panel: shown wherever a record has recorded disagreements, every version kept. */
export function DisagreementPanel({
  parley,
  disagreements,
  language,
}: {
  parley: Parley;
  disagreements: readonly Frozen<Disagreement>[];
  language: Language;
}) {
  if (disagreements.length === 0) return null;
  const t = componentText[language].disagreement;
  return (
    <section className="disagreement" aria-labelledby={DISAGREEMENT_PANEL_ID}>
      <h2 id={DISAGREEMENT_PANEL_ID}>{t.heading}</h2>
      <p>{t.intro(disagreements.length)}</p>
      {disagreements.map((d) => (
        <DisagreementCard key={d.id} parley={parley} disagreement={d} language={language} />
      ))}
    </section>
  );
}
