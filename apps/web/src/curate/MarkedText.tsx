import type { Language } from "@parley/core/search";
import { Link } from "@/components/Link";
import type { CurateText } from "./curateText";
import { markSegments, type MarkSpan } from "./markSegments";
import { mentionHref } from "./mentionHref";

/** The kinds of span the legend explains, in its order. */
export const MARK_KINDS = ["person", "post", "organization", "place", "topic", "date"] as const;

/** A kind of span in the page's words ("office" for a post), or the kind itself for one the words do not know. */
function kindName(kind: string, marks: CurateText["marks"]): string {
  return (marks.kinds as Readonly<Record<string, string>>)[kind] ?? kind;
}

/**
 * The analysed text (in its own language) with every recognised span marked; spans that name a record link to its
 * page. Each span is followed, for screen readers, by its kind in the page's language.
 */
export function MarkedText({
  text,
  spans,
  lang,
  marks,
  language,
}: {
  text: string;
  spans: readonly MarkSpan[];
  lang: string;
  marks: CurateText["marks"];
  language: Language;
}) {
  return (
    <div className="curate-text" lang={lang}>
      {markSegments(text, spans).map((segment, i) => {
        if (!segment.span) return segment.text;
        const { kind, id } = segment.span;
        const href = mentionHref(kind, id);
        const label = (
          <>
            {segment.text}
            <span className="visually-hidden" lang={language}>
              {` (${kindName(kind, marks)}${id === null && kind !== "date" ? `, ${marks.notInRecord}` : ""})`}
            </span>
          </>
        );
        return (
          <mark key={i} className={`curate-mark curate-mark--${kind}${id === null ? " curate-mark--new" : ""}`}>
            {href ? <Link href={href}>{label}</Link> : label}
          </mark>
        );
      })}
    </div>
  );
}

/** The legend of the marks' styles, in the page's words. */
export function MarkLegend({ text: marks }: { text: CurateText["marks"] }) {
  return (
    <ul className="curate-legend" aria-label={marks.legend}>
      {MARK_KINDS.map((kind) => (
        <li key={kind}>
          <mark className={`curate-mark curate-mark--${kind}`}>{kindName(kind, marks)}</mark>
        </li>
      ))}
      <li>
        <mark className="curate-mark curate-mark--person curate-mark--new">{marks.notInRecord}</mark>
      </li>
    </ul>
  );
}
