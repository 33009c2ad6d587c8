import type { Parley } from "@parley/core";
import type { NumberedCitation } from "@/lib/numberCitations";
import { pathFor } from "@/lib/paths";
import { DateText } from "./DateText";
import { ExternalLink } from "./ExternalLink";
import { Link } from "./Link";
import { WeakSourceMark } from "./WeakSourceMark";
import { LinkedText } from "./LinkedText";

/** One citation in full: source, publisher, date, paragraph, the cited words and a link that highlights them. */
export function SourceEntry({
  parley,
  citation,
  showAbout = true,
}: {
  parley: Parley;
  citation: NumberedCitation;
  showAbout?: boolean;
}) {
  const { view } = citation;
  const { source } = view;
  const publisher = source.publisher ? parley.labelOf(source.publisher) : "unknown publisher";
  return (
    <>
      <Link href={pathFor("sources", source.id)}>{source.title}</Link>
      <WeakSourceMark source={source} />
      <span className="meta">
        {" "}
        — {publisher}, {source.published ? <DateText date={source.published} /> : "date unknown"}
        {view.citation.paragraph ? `, paragraph ${view.citation.paragraph}` : null}
      </span>
      {view.citation.fragment ? <blockquote className="fragment">“{view.citation.fragment}”</blockquote> : null}
      <div className="meta">
        {view.url ? (
          <ExternalLink href={view.url}>
            {view.citation.fragment ? "Open the source at the cited words" : "Open the source"}
          </ExternalLink>
        ) : (
          "No address is known for this source."
        )}
        {showAbout ? <> · supports {citation.about}</> : null}
        {view.citation.note ? (
          <>
            {" "}
            · <LinkedText parley={parley} text={view.citation.note} />
          </>
        ) : null}
      </div>
    </>
  );
}

/** The numbered list of every citation on a page, each with an anchor the marks link to. */
export function SourceList({
  parley,
  citations,
  title = "Sources",
  headingId = "sources",
}: {
  parley: Parley;
  citations: readonly NumberedCitation[];
  title?: string;
  headingId?: string;
}) {
  return (
    <section id={headingId} aria-labelledby={`${headingId}-heading`}>
      <h2 id={`${headingId}-heading`}>{title}</h2>
      {citations.length === 0 ? (
        <p className="meta">No sources are recorded for this record.</p>
      ) : (
        <ol className="citations">
          {citations.map((c) => (
            <li key={c.anchor} id={c.anchor} value={c.n}>
              <SourceEntry parley={parley} citation={c} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
