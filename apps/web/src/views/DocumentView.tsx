import { textIn, type Document, type Frozen, type Language, type Parley } from "@parley/core";
import { DateText } from "@/components/DateText";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { DisputedMark } from "@/components/DisputedMark";
import { Fact } from "@/components/Fact";
import { LocalLinkedText } from "@/components/LocalLinkedText";
import { LocalText } from "@/components/LocalText";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { RecordLinks } from "@/components/RecordLinks";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceList } from "@/components/SourceList";
import { documentKindLabel } from "@/lib/labels";
import { numberCitations } from "@/lib/numberCitations";
import { viewText } from "./viewText";

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
        <Fact term={t.document.date}>
          {d.date ? <DateText date={d.date} language={language} /> : <span className="meta">{t.notRecorded}</span>}
          {disputed("date")}
        </Fact>
        <Fact term={t.document.signedAt}>
          {d.event ? (
            <RecordLink parley={parley} id={d.event} language={language} />
          ) : (
            <span className="meta">{t.notRecorded}</span>
          )}
        </Fact>
        <Fact term={t.document.parties}>
          <RecordLinks parley={parley} ids={d.parties} language={language} none={t.notRecorded} />
        </Fact>
        <Fact term={t.document.signatories}>
          <RecordLinks parley={parley} ids={d.signatories} language={language} none={t.notRecorded} />
        </Fact>
        <Fact term={t.topics}>
          <RecordLinks parley={parley} ids={d.topics} language={language} none={t.noneRecorded} />
        </Fact>
      </dl>
      <DisagreementPanel parley={parley} disagreements={disagreements} language={language} />
      <SourceList parley={parley} citations={citations} language={language} />
      <ReportErrorLink kind="documents" id={d.id} label={title.text} language={language} />
    </article>
  );
}
