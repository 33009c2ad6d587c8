import { textIn, type Document, type Frozen, type Language, type Parley } from "@parley/core";
import { DateText } from "@/components/DateText";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { DisputedMark } from "@/components/DisputedMark";
import { Joined } from "@/components/Joined";
import { LocalLinkedText } from "@/components/LocalLinkedText";
import { LocalText } from "@/components/LocalText";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceList } from "@/components/SourceList";
import { documentKindLabel } from "@/lib/labels";
import { numberCitations } from "@/lib/numberCitations";
import { viewText } from "./viewText";

function Links({
  parley,
  ids,
  none,
  language,
}: {
  parley: Parley;
  ids: readonly string[];
  none: string;
  language: Language;
}) {
  if (ids.length === 0) return <span className="meta">{none}</span>;
  return <Joined items={ids}>{(id) => <RecordLink parley={parley} id={id} language={language} />}</Joined>;
}

/**
 * One treaty, agreement or statement in the page's language: parties, signatories, where and when it was signed, and
 * sources.
 */
export function DocumentView({
  parley,
  document,
  language,
}: {
  parley: Parley;
  document: Frozen<Document>;
  language: Language;
}) {
  const t = viewText[language];
  const d = document;
  const citations = numberCitations(parley, d.id, parley.citationsOf(d.id), language);
  const disagreements = parley.disagreementsAbout(d.id);
  const title = textIn(d, "title", language)!;
  const summary = textIn(d, "summary", language);
  const disputed = (path: string) => <DisputedMark parley={parley} record={d.id} path={path} language={language} />;
  return (
    <article className="page">
      <PageTitle
        language={language}
        crumbs={[{ href: "/documents/", label: t.crumbs.documents }]}
        kicker={
          <>
            {documentKindLabel(d.kind, language).toLowerCase()}
            {disputed("kind")}
            {disputed("title")}
          </>
        }
        title={<LocalText value={title} language={language} />}
      />
      {summary ? (
        <p className="lede">
          <LocalLinkedText parley={parley} value={summary} language={language} />
        </p>
      ) : null}
      <DisagreementNotice disagreements={disagreements} language={language} />
      <dl className="facts">
        <dt>{t.document.date}</dt>
        <dd>
          {d.date ? <DateText date={d.date} language={language} /> : <span className="meta">{t.notRecorded}</span>}
          {disputed("date")}
        </dd>
        <dt>{t.document.signedAt}</dt>
        <dd>
          {d.event ? (
            <RecordLink parley={parley} id={d.event} language={language} />
          ) : (
            <span className="meta">{t.notRecorded}</span>
          )}
        </dd>
        <dt>{t.document.parties}</dt>
        <dd>
          <Links parley={parley} ids={d.parties} none={t.notRecorded} language={language} />
        </dd>
        <dt>{t.document.signatories}</dt>
        <dd>
          <Links parley={parley} ids={d.signatories} none={t.notRecorded} language={language} />
        </dd>
        <dt>{t.topics}</dt>
        <dd>
          <Links parley={parley} ids={d.topics} none={t.noneRecorded} language={language} />
        </dd>
      </dl>
      <DisagreementPanel parley={parley} disagreements={disagreements} language={language} />
      <SourceList parley={parley} citations={citations} language={language} />
      <ReportErrorLink kind="documents" id={d.id} label={title.text} language={language} />
    </article>
  );
}
