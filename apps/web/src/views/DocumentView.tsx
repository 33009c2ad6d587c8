import type { Document, Frozen, Parley } from "@parley/core";
import { DateText } from "@/components/DateText";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { Joined } from "@/components/Joined";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceList } from "@/components/SourceList";
import { documentKindLabel } from "@/lib/labels";
import { numberCitations } from "@/lib/numberCitations";
import { DisputedMark } from "@/components/DisputedMark";
import { LinkedText } from "@/components/LinkedText";

function Links({ parley, ids, none }: { parley: Parley; ids: readonly string[]; none: string }) {
  if (ids.length === 0) return <span className="meta">{none}</span>;
  return <Joined items={ids}>{(id) => <RecordLink parley={parley} id={id} />}</Joined>;
}

/** One treaty, agreement or statement: parties, signatories, where and when it was signed, and sources. */
export function DocumentView({ parley, document }: { parley: Parley; document: Frozen<Document> }) {
  const d = document;
  const citations = numberCitations(parley, d.id, parley.citationsOf(d.id));
  const disagreements = parley.disagreementsAbout(d.id);
  return (
    <article className="page">
      <PageTitle
        crumbs={[{ href: "/documents/", label: "Documents" }]}
        kicker={
          <>
            {documentKindLabel(d.kind).toLowerCase()}
            <DisputedMark parley={parley} record={d.id} path="kind" />
            <DisputedMark parley={parley} record={d.id} path="title" />
          </>
        }
        title={d.title}
      />
      {d.summary ? (
        <p className="lede">
          <LinkedText parley={parley} text={d.summary} />
        </p>
      ) : null}
      <DisagreementNotice disagreements={disagreements} />
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          {d.date ? <DateText date={d.date} /> : <span className="meta">not recorded</span>}
          <DisputedMark parley={parley} record={d.id} path="date" />
        </dd>
        <dt>Signed or adopted at</dt>
        <dd>{d.event ? <RecordLink parley={parley} id={d.event} /> : <span className="meta">not recorded</span>}</dd>
        <dt>Parties</dt>
        <dd>
          <Links parley={parley} ids={d.parties} none="not recorded" />
        </dd>
        <dt>Signatories</dt>
        <dd>
          <Links parley={parley} ids={d.signatories} none="not recorded" />
        </dd>
        <dt>Topics</dt>
        <dd>
          <Links parley={parley} ids={d.topics} none="none recorded" />
        </dd>
      </dl>
      <DisagreementPanel parley={parley} disagreements={disagreements} />
      <SourceList parley={parley} citations={citations} />
      <ReportErrorLink kind="documents" id={d.id} label={d.title} />
    </article>
  );
}
