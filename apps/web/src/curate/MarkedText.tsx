import { Link } from "@/components/Link";
import { markSegments, type MarkSpan } from "./markSegments";
import { mentionHref } from "./mentionHref";

/** How each kind of span is named in the legend and, for screen readers, after each span. */
export const MARK_KINDS: Record<string, string> = {
  person: "person",
  post: "office",
  organization: "organization",
  place: "place",
  topic: "topic",
  date: "date",
};

/** The analysed text with every recognised span marked; spans that name a record link to its page. */
export function MarkedText({ text, spans, lang }: { text: string; spans: readonly MarkSpan[]; lang: string }) {
  return (
    <div className="curate-text" lang={lang}>
      {markSegments(text, spans).map((segment, i) => {
        if (!segment.span) return segment.text;
        const { kind, id } = segment.span;
        const href = mentionHref(kind, id);
        const label = (
          <>
            {segment.text}
            <span className="visually-hidden" lang="en">
              {` (${MARK_KINDS[kind] ?? kind}${id === null && kind !== "date" ? ", not in the record" : ""})`}
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

/** The legend of the marks' styles. */
export function MarkLegend() {
  return (
    <ul className="curate-legend" aria-label="What the marks mean">
      {Object.entries(MARK_KINDS).map(([kind, name]) => (
        <li key={kind}>
          <mark className={`curate-mark curate-mark--${kind}`}>{name}</mark>
        </li>
      ))}
      <li>
        <mark className="curate-mark curate-mark--person curate-mark--new">not in the record</mark>
      </li>
    </ul>
  );
}
