import type { Frozen, Language, Parley, Source } from "@parley/core";
import { DateText } from "@/components/DateText";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { ExternalLink } from "@/components/ExternalLink";
import { Fact } from "@/components/Fact";
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
        <Fact term={t.source.publisher}>
          {source.publisher ? (
            <RecordLink parley={parley} id={source.publisher} language={language} />
          ) : (
            <span>{t.unknown}</span>
          )}
        </Fact>
        <Fact term={t.source.published}>
          {source.published ? <DateText date={source.published} language={language} /> : <span>{t.unknown}</span>}
        </Fact>
        <Fact term={t.source.address}>
          {source.url ? (
            <ExternalLink href={source.url} language={language}>
              {source.url}
            </ExternalLink>
          ) : (
            <span>{t.unknown}</span>
          )}
        </Fact>
        <Fact term={t.source.language}>{languageName(source.language, language)}</Fact>
        <Fact term={t.source.textHeld}>{source.textAvailable ? t.source.textYes : t.source.textNo}</Fact>
        {source.republishes ? (
          <Fact term={t.source.republishes}>
            <RecordLink parley={parley} id={source.republishes} language={language} />
          </Fact>
        ) : null}
        <Fact term={t.source.quality}>
          {source.quality === "weak" ? <span className="badge badge--warn">{t.source.weak}</span> : t.source.noDoubt}
        </Fact>
        {source.note ? (
          <Fact term={t.source.note}>
            <InLanguage lang="en" language={language}>
              <LinkedText parley={parley} text={source.note} language={language} />
            </InLanguage>
          </Fact>
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
