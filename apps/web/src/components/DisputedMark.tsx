import { textIn, type Language, type Parley } from "@parley/core";
import { componentText } from "./componentText";

/**
 * A mark beside a fact that sources dispute: one link per disagreement about that field of the record, down to where
 * the page's "Sources disagree" panel shows it, named by the disagreement's question in the page's language. Nothing
 * when no disagreement targets the field.
 */
export function DisputedMark({
  parley,
  record,
  path,
  language,
}: {
  parley: Parley;
  record: string;
  path: string;
  language: Language;
}) {
  const disputes = parley.disagreementsAboutField(record, path);
  if (disputes.length === 0) return null;
  const t = componentText[language].disagreement;
  return (
    <>
      {disputes.map((d) => {
        const question = textIn(d, "question", language)!.text;
        return (
          <span key={d.id}>
            {" "}
            <a
              className="badge badge--warn disputed-mark"
              href={`#disagreement-${d.id}`}
              title={question}
              aria-label={t.markLabel(question)}
            >
              {t.mark}
            </a>
          </span>
        );
      })}
    </>
  );
}
