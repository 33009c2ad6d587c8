import type { Language, Parley, Source } from "@parley/core";
import type { NumberedCitation } from "@/lib/numberCitations";
import { pathFor } from "@/lib/paths";
import { componentText } from "./componentText";
import { DateText } from "./DateText";
import { ExternalLink } from "./ExternalLink";
import { InLanguage } from "./InLanguage";
import { Link } from "./Link";
import { LinkedText } from "./LinkedText";
import { WeakSourceMark } from "./WeakSourceMark";

/**
 * The language a source's title is written in: a title in square brackets is our English description of a source
 * that gives none; any other is the source's own, in its language.
 */
export function titleLang(source: Pick<Source, "title" | "language">): string {
  return source.title.startsWith("[") ? "en" : source.language;
}

/** A source's title, marked with its language when that is not the page's. */
export function SourceTitle({ source, language }: { source: Pick<Source, "title" | "language">; language: Language }) {
  return (
    <InLanguage lang={titleLang(source)} language={language}>
      {source.title}
    </InLanguage>
  );
}

/**
 * One citation in full: source, publisher, date, paragraph, the cited words and a link that highlights them. The
 * source's title and words stay in the source's language (marked so); the rest is in the page's.
 */
export function SourceEntry({
  parley,
  citation,
  language,
  showAbout = true,
}: {
  parley: Parley;
  citation: NumberedCitation;
  language: Language;
  showAbout?: boolean;
}) {
  const t = componentText[language].sources;
  const { view } = citation;
  const { source } = view;
  const publisher = source.publisher ? parley.labelOf(source.publisher, language) : t.unknownPublisher;
  const sourceLang = source.language === language ? undefined : source.language;
  const ownTitleLang = titleLang(source);
  return (
    <>
      <Link href={pathFor("sources", source.id)} lang={ownTitleLang === language ? undefined : ownTitleLang}>
        {source.title}
      </Link>
      <WeakSourceMark source={source} language={language} />
      <span className="meta">
        {" "}
        — {publisher}, {source.published ? <DateText date={source.published} language={language} /> : t.dateUnknown}
        {view.citation.paragraph ? t.paragraph(view.citation.paragraph) : null}
      </span>
      {view.citation.fragment ? (
        <blockquote className="fragment" lang={sourceLang}>
          {t.quoted(view.citation.fragment)}
        </blockquote>
      ) : null}
      <div className="meta">
        {view.url ? (
          <ExternalLink href={view.url} language={language}>
            {view.citation.fragment ? t.openAtWords : t.open}
          </ExternalLink>
        ) : (
          t.noAddress
        )}
        {showAbout ? <> · {t.supports(citation.about)}</> : null}
        {view.citation.note ? (
          <>
            {" "}
            ·{" "}
            <InLanguage lang="en" language={language}>
              <LinkedText parley={parley} text={view.citation.note} language={language} />
            </InLanguage>
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
  language,
  title,
  headingId = "sources",
}: {
  parley: Parley;
  citations: readonly NumberedCitation[];
  language: Language;
  /** The heading ("Sources" unless told). */
  title?: string;
  headingId?: string;
}) {
  const t = componentText[language].sources;
  return (
    <section id={headingId} aria-labelledby={`${headingId}-heading`}>
      <h2 id={`${headingId}-heading`}>{title ?? t.heading}</h2>
      {citations.length === 0 ? (
        <p className="meta">{t.none}</p>
      ) : (
        <ol className="citations">
          {citations.map((c) => (
            <li key={c.anchor} id={c.anchor} value={c.n}>
              <SourceEntry parley={parley} citation={c} language={language} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
