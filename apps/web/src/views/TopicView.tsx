import type { Frozen, Parley, Topic } from "@parley/core";
import { YearBars } from "@/charts/YearBars";
import { DataTable } from "@/components/DataTable";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { EventList } from "@/components/EventList";
import { Joined } from "@/components/Joined";
import { Link } from "@/components/Link";
import { ListSection } from "@/components/ListSection";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { pathFor } from "@/lib/paths";
import { LinkedText } from "@/components/LinkedText";

/** One topic: where it sits in the vocabulary, how often it comes up each year, its events, statements and documents. */
export function TopicView({ parley, topic }: { parley: Parley; topic: Frozen<Topic> }) {
  const narrower = parley.narrowerOf(topic.id);
  const perYear = parley.topicsOverTime().filter((t) => t.topic === topic.id);
  const events = parley.timeline({ topics: [topic.id] });
  const statements = parley.statementsOf(topic.id);
  const documents = parley.documentsOf(topic.id);
  const disagreements = parley.disagreementsAbout(topic.id);
  return (
    <article className="page">
      <PageTitle
        crumbs={[
          { href: "/topics/", label: "Topics" },
          ...(topic.parent ? [{ href: pathFor("topics", topic.parent), label: parley.labelOf(topic.parent) }] : []),
        ]}
        kicker="Topic"
        title={topic.label}
      />
      {topic.description ? (
        <p className="lede">
          <LinkedText parley={parley} text={topic.description} />
        </p>
      ) : null}
      <DisagreementNotice disagreements={disagreements} />
      <dl className="facts">
        {topic.parent ? (
          <>
            <dt>Broader topic</dt>
            <dd>
              <RecordLink parley={parley} id={topic.parent} />
            </dd>
          </>
        ) : null}
        {narrower.length > 0 ? (
          <>
            <dt>Narrower topics</dt>
            <dd>
              <Joined items={narrower}>{(t) => <Link href={pathFor("topics", t.id)}>{t.label}</Link>}</Joined>
            </dd>
          </>
        ) : null}
        {topic.aliases.length > 0 ? (
          <>
            <dt>Also called</dt>
            <dd>{topic.aliases.join(", ")}</dd>
          </>
        ) : null}
      </dl>

      <DisagreementPanel parley={parley} disagreements={disagreements} />

      <h2 id="over-time">Over time</h2>
      {perYear.length === 0 ? (
        <p className="meta">No dated events or statements on this topic.</p>
      ) : (
        <>
          <YearBars counts={perYear} title={`Events and statements on ${topic.label}, per year`} />
          <details>
            <summary>The same numbers as a table</summary>
            <DataTable
              columns={["Year", { label: "Events and statements", numeric: true }]}
              rows={perYear.map((y) => ({ key: String(y.year), cells: [y.year, y.count] }))}
            />
          </details>
        </>
      )}

      <h2 id="events">Events</h2>
      <p>
        <Link href={`/timeline/?topic=${encodeURIComponent(topic.id)}`}>See these events on the timeline</Link>
      </p>
      <EventList events={events} />

      <ListSection id="statements" title="Statements" items={statements}>
        {(s) => (
          <>
            <RecordLink parley={parley} id={s.speaker} />: <LinkedText parley={parley} text={s.summary} />{" "}
            <span className="meta">
              — at <RecordLink parley={parley} id={s.event} />
            </span>
          </>
        )}
      </ListSection>

      <ListSection id="documents" title="Documents" items={documents}>
        {(d) => <Link href={pathFor("documents", d.id)}>{d.title}</Link>}
      </ListSection>
      <ReportErrorLink kind="topics" id={topic.id} label={topic.label} />
    </article>
  );
}
