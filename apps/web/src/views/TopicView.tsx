import { textIn, type Frozen, type Language, type Parley, type Topic } from "@parley/core";
import { YearBars } from "@/charts/YearBars";
import { DataTable } from "@/components/DataTable";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { EventList } from "@/components/EventList";
import { Fact } from "@/components/Fact";
import { InLanguage } from "@/components/InLanguage";
import { Link } from "@/components/Link";
import { ListSection } from "@/components/ListSection";
import { LocalLinkedText } from "@/components/LocalLinkedText";
import { LocalText } from "@/components/LocalText";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { RecordLinks } from "@/components/RecordLinks";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { pathFor } from "@/lib/paths";
import { StatementLine } from "./StatementLine";
import { viewText } from "./viewText";

/**
 * One topic in the page's language: where it sits in the vocabulary, how often it comes up each year, its events,
 * statements and documents.
 */
export function TopicView({ parley, topic, language }: { parley: Parley; topic: Frozen<Topic>; language: Language }) {
  const t = viewText[language];
  const narrower = parley.narrowerOf(topic.id);
  const perYear = parley.topicsOverTime().filter((y) => y.topic === topic.id);
  const events = parley.timeline({ topics: [topic.id] });
  const statements = parley.statementsOf(topic.id);
  const documents = parley.documentsOf(topic.id);
  const disagreements = parley.disagreementsAbout(topic.id);
  const label = textIn(topic, "label", language)!;
  const description = textIn(topic, "description", language);
  return (
    <article className="page">
      <PageTitle
        language={language}
        crumbs={[
          { href: "/topics/", label: t.crumbs.topics },
          ...(topic.parent
            ? [{ href: pathFor("topics", topic.parent), label: parley.labelOf(topic.parent, language) }]
            : []),
        ]}
        kicker={t.topic.kicker}
        title={<LocalText value={label} language={language} />}
      />
      {description ? (
        <p className="lede">
          <LocalLinkedText parley={parley} value={description} language={language} />
        </p>
      ) : null}
      <DisagreementNotice disagreements={disagreements} language={language} />
      <dl className="facts">
        {topic.parent ? (
          <Fact term={t.topic.broader}>
            <RecordLink parley={parley} id={topic.parent} language={language} />
          </Fact>
        ) : null}
        {narrower.length > 0 ? (
          <Fact term={t.topic.narrower}>
            <RecordLinks parley={parley} ids={narrower.map((n) => n.id)} language={language} />
          </Fact>
        ) : null}
        {topic.aliases.length > 0 ? (
          <Fact term={t.alsoCalled}>
            <InLanguage lang="en" language={language}>
              {topic.aliases.join(", ")}
            </InLanguage>
          </Fact>
        ) : null}
      </dl>

      <DisagreementPanel parley={parley} disagreements={disagreements} language={language} />

      <h2 id="over-time">{t.topic.overTime}</h2>
      {perYear.length === 0 ? (
        <p className="meta">{t.topic.noneDated}</p>
      ) : (
        <>
          <YearBars counts={perYear} title={t.topic.perYear(label.text)} />
          <details>
            <summary>{t.topic.asTable}</summary>
            <DataTable
              columns={[t.topic.columns.year, { label: t.topic.columns.count, numeric: true }]}
              rows={perYear.map((y) => ({ key: String(y.year), cells: [y.year, y.count] }))}
            />
          </details>
        </>
      )}

      <h2 id="events">{t.events}</h2>
      <p>
        <Link href={`/timeline/?topic=${encodeURIComponent(topic.id)}`}>{t.topic.onTimeline}</Link>
      </p>
      <EventList events={events} language={language} />

      <ListSection id="statements" title={t.statements} items={statements}>
        {(s) => <StatementLine parley={parley} statement={s} language={language} />}
      </ListSection>

      <ListSection id="documents" title={t.documents} items={documents}>
        {(d) => <RecordLink parley={parley} id={d.id} language={language} />}
      </ListSection>
      <ReportErrorLink kind="topics" id={topic.id} label={label.text} language={language} />
    </article>
  );
}
