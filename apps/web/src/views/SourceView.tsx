import type { Frozen, Language, Parley, Source } from "@parley/core";
import { DateText } from "@/components/DateText";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { ExternalLink } from "@/components/ExternalLink";
import { InLanguage } from "@/components/InLanguage";
import { LinkedText } from "@/components/LinkedText";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceTitle } from "@/components/SourceList";
import { kindPlural } from "@/lib/labels";
import { languageName } from "@/lib/languageName";
import { viewText } from "./viewText";

/**
 * One source: what is known about it (unknown parts said plainly, never guessed) and every record citing it, in the
 * page's language. The title stays as the source gives it, marked with its language.
 */
export function SourceView({
  parley,
  source,
  language,
}: {
  parley: Parley;
  source: Frozen<Source>;
  language: Language;
}) {
  const t = viewText[language];
  const citing = parley.recordsCiting(source.id);
  const kinds = [...new Set(citing.map((c) => c.kind))];
  const disagreements = parley.disagreementsAbout(source.id);
  return (
    <article className="page">
      <PageTitle
        language={language}
        crumbs={[{ href: "/sources/", label: t.crumbs.sources }]}
        kicker={t.source.kicker}
        title={<SourceTitle source={source} language={language} />}
      />
      <DisagreementNotice disagreements={disagreements} language={language} />
      <dl className="facts">
        <dt>{t.source.publisher}</dt>
        <dd>
          {source.publisher ? (
            <RecordLink parley={parley} id={source.publisher} language={language} />
          ) : (
            <span>{t.unknown}</span>
          )}
        </dd>
        <dt>{t.source.published}</dt>
        <dd>
          {source.published ? <DateText date={source.published} language={language} /> : <span>{t.unknown}</span>}
        </dd>
        <dt>{t.source.address}</dt>
        <dd>
          {source.url ? (
            <ExternalLink href={source.url} language={language}>
              {source.url}
            </ExternalLink>
          ) : (
            <span>{t.unknown}</span>
          )}
        </dd>
        <dt>{t.source.language}</dt>
        <dd>{languageName(source.language, language)}</dd>
        <dt>{t.source.textHeld}</dt>
        <dd>{source.textAvailable ? t.source.textYes : t.source.textNo}</dd>
        {source.republishes ? (
          <>
            <dt>{t.source.republishes}</dt>
            <dd>
              <RecordLink parley={parley} id={source.republishes} language={language} />
            </dd>
          </>
        ) : null}
        <dt>{t.source.quality}</dt>
        <dd>
          {source.quality === "weak" ? <span className="badge badge--warn">{t.source.weak}</span> : t.source.noDoubt}
        </dd>
        {source.note ? (
          <>
            <dt>{t.source.note}</dt>
            <dd>
              <InLanguage lang="en" language={language}>
                <LinkedText parley={parley} text={source.note} language={language} />
              </InLanguage>
            </dd>
          </>
        ) : null}
      </dl>
      <DisagreementPanel parley={parley} disagreements={disagreements} language={language} />
      <h2 id="citing">{t.source.citing(citing.length)}</h2>
      {citing.length === 0 ? <p className="meta">{t.source.noneCiting}</p> : null}
      {kinds.map((k) => (
        <section key={k} aria-labelledby={`citing-${k}`}>
          <h3 id={`citing-${k}`}>{kindPlural(k, language)}</h3>
          <ul className="plain-list">
            {citing
              .filter((c) => c.kind === k)
              .map((c) => (
                <li key={c.id}>
                  <RecordLink parley={parley} id={c.id} language={language} />
                </li>
              ))}
          </ul>
        </section>
      ))}
      <ReportErrorLink kind="sources" id={source.id} label={source.title} language={language} />
    </article>
  );
}
