import type { Frozen, Parley, Source } from "@parley/core";
import { DateText } from "@/components/DateText";
import { ExternalLink } from "@/components/ExternalLink";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { kindPlural } from "@/lib/labels";
import { languageName } from "@/lib/languageName";
import { LinkedText } from "@/components/LinkedText";

/** One source: what is known about it (unknown parts said plainly, never guessed) and every record citing it. */
export function SourceView({ parley, source }: { parley: Parley; source: Frozen<Source> }) {
  const citing = parley.recordsCiting(source.id);
  const kinds = [...new Set(citing.map((c) => c.kind))];
  const disagreements = parley.disagreementsAbout(source.id);
  return (
    <article className="page">
      <PageTitle crumbs={[{ href: "/sources/", label: "Sources" }]} kicker="Source" title={source.title} />
      <DisagreementNotice disagreements={disagreements} />
      <dl className="facts">
        <dt>Publisher</dt>
        <dd>{source.publisher ? <RecordLink parley={parley} id={source.publisher} /> : <span>unknown</span>}</dd>
        <dt>Published</dt>
        <dd>{source.published ? <DateText date={source.published} /> : <span>unknown</span>}</dd>
        <dt>Address</dt>
        <dd>{source.url ? <ExternalLink href={source.url}>{source.url}</ExternalLink> : <span>unknown</span>}</dd>
        <dt>Language</dt>
        <dd>{languageName(source.language)}</dd>
        <dt>Text held by Parley</dt>
        <dd>
          {source.textAvailable
            ? "yes — cited words are checked against it"
            : "no — cited words could not be checked against a stored copy"}
        </dd>
        {source.republishes ? (
          <>
            <dt>Republishes</dt>
            <dd>
              <RecordLink parley={parley} id={source.republishes} />
            </dd>
          </>
        ) : null}
        <dt>Quality</dt>
        <dd>
          {source.quality === "weak" ? (
            <span className="badge badge--warn">weak source — corroborate what rests on it</span>
          ) : (
            "no doubt recorded"
          )}
        </dd>
        {source.note ? (
          <>
            <dt>Note</dt>
            <dd>
              <LinkedText parley={parley} text={source.note} />
            </dd>
          </>
        ) : null}
      </dl>
      <DisagreementPanel parley={parley} disagreements={disagreements} />
      <h2 id="citing">Records citing this source ({citing.length})</h2>
      {citing.length === 0 ? <p className="meta">No record cites it.</p> : null}
      {kinds.map((k) => (
        <section key={k} aria-labelledby={`citing-${k}`}>
          <h3 id={`citing-${k}`}>{kindPlural(k)}</h3>
          <ul className="plain-list">
            {citing
              .filter((c) => c.kind === k)
              .map((c) => (
                <li key={c.id}>
                  <RecordLink parley={parley} id={c.id}>
                    {c.label}
                  </RecordLink>
                </li>
              ))}
          </ul>
        </section>
      ))}
      <ReportErrorLink kind="sources" id={source.id} label={source.title} />
    </article>
  );
}
