import { textIn, type Frozen, type Language, type Parley, type Person } from "@parley/core";
import { CitationMarks } from "@/components/CitationMarks";
import { DataTable } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { DisputedMark } from "@/components/DisputedMark";
import { EventList, EventTitleLink } from "@/components/EventList";
import { Fact } from "@/components/Fact";
import { NameText } from "@/components/InLanguage";
import { JsonLd } from "@/components/JsonLd";
import { ListSection } from "@/components/ListSection";
import { PageTitle } from "@/components/PageTitle";
import { PersonNameLink } from "@/components/PersonNameLink";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceList } from "@/components/SourceList";
import { disagreementsAboutAll } from "@/lib/disagreementsAboutAll";
import { nameOf } from "@/lib/frozenText";
import { personJsonLd } from "@/lib/jsonLd";
import { citationsUnder, numberCitations } from "@/lib/numberCitations";
import { NamesSection } from "./NamesSection";
import { RecordLede } from "./RecordLede";
import { TermsSection } from "./TermsSection";
import { StatementLine } from "./StatementLine";
import { viewText } from "./viewText";

/**
 * Everything Parley knows about one person, in the page's language: names (as the page's readers write the name, the
 * original beside it), offices over time, events, counterparts, statements, sources.
 */
export function PersonView({
  parley,
  person,
  language,
}: {
  parley: Parley;
  person: Frozen<Person>;
  language: Language;
}) {
  const t = viewText[language];
  const citations = numberCitations(parley, person.id, parley.citationsOf(person.id), language);
  const terms = parley.membershipsOf(person.id);
  const events = parley.eventsOf(person.id);
  const counterparts = parley.counterpartsOf(person.id);
  const statements = parley.statementsOf(person.id);
  const disagreements = disagreementsAboutAll(parley, [person.id, ...terms.map((m) => m.id)]);
  const name = nameOf(person, language);
  const original = person.nativeName && person.nativeName.name !== name.text ? person.nativeName : null;
  const summary = textIn(person, "summary", language);
  const disambiguation = textIn(person, "disambiguation", language);
  const disputed = (path: string) => (
    <DisputedMark parley={parley} record={person.id} path={path} language={language} />
  );
  return (
    <article className="page">
      <JsonLd data={personJsonLd(parley, person, language)} />
      <PageTitle
        language={language}
        crumbs={[{ href: "/people/", label: t.crumbs.people }]}
        kicker={person.nationality.map((c) => parley.labelOf(c, language)).join(", ")}
        title={
          <>
            <NameText value={name} language={language} />
            {original ? <span className="visually-hidden"> (</span> : null}
            {original ? (
              <span
                className="meta"
                lang={original.lang}
                style={{ fontSize: "0.6em", display: "block", fontWeight: 400 }}
              >
                {original.name}
              </span>
            ) : null}
            {original ? <span className="visually-hidden">)</span> : null}
          </>
        }
      />
      <RecordLede parley={parley} summary={summary} disambiguation={disambiguation} language={language} />
      <DisagreementNotice disagreements={disagreements} language={language} />

      <dl className="facts">
        {person.birth ? (
          <Fact term={t.person.born}>
            <DateText date={person.birth.date} language={language} />
            {person.birth.place ? `, ${person.birth.place}` : null}{" "}
            <CitationMarks citations={citationsUnder(citations, ["birth"])} language={language} />
            {disputed("birth")}
          </Fact>
        ) : null}
        {person.death ? (
          <Fact term={t.person.died}>
            <DateText date={person.death.date} language={language} />
            {person.death.place ? `, ${person.death.place}` : null}{" "}
            <CitationMarks citations={citationsUnder(citations, ["death"])} language={language} />
          </Fact>
        ) : null}
        <Fact term={t.events}>{t.person.eventCount(events.length)}</Fact>
        <Fact term={t.person.met}>{t.person.peopleCount(counterparts.length)}</Fact>
      </dl>

      <NamesSection
        parley={parley}
        record={person}
        citations={citations}
        marks={
          <>
            {disputed("name")}
            {disputed("otherNames")}
          </>
        }
        language={language}
      />

      <TermsSection
        parley={parley}
        terms={terms}
        column="post"
        id="terms"
        heading={t.person.offices}
        chartTitle={t.person.officesChart(name.text)}
        language={language}
      />

      <DisagreementPanel parley={parley} disagreements={disagreements} language={language} />

      <h2 id="events">{t.events}</h2>
      <EventList events={events} language={language} />

      <h2 id="counterparts">{t.person.peopleMet}</h2>
      {counterparts.length === 0 ? (
        <p className="meta">{t.person.noneMet}</p>
      ) : (
        <DataTable
          columns={[
            t.person.columns.person,
            { label: t.person.columns.shared, numeric: true },
            t.person.columns.latest,
          ]}
          rows={counterparts.map((c) => {
            const latest = c.events[c.events.length - 1];
            return {
              key: c.person.id,
              cells: [
                <PersonNameLink person={c.person} language={language} showOriginal={false} />,
                c.count,
                latest ? <EventTitleLink event={latest} language={language} /> : null,
              ],
            };
          })}
        />
      )}

      <ListSection id="statements" title={t.statements} items={statements}>
        {(s) => <StatementLine parley={parley} statement={s} language={language} speaker={false} />}
      </ListSection>

      <SourceList parley={parley} citations={citations} language={language} />
      <ReportErrorLink kind="people" id={person.id} label={name.text} language={language} />
    </article>
  );
}
