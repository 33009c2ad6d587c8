import type { Frozen, Parley, Person } from "@parley/core";
import { termRows } from "@/charts/termRows";
import { TermsChart } from "@/charts/TermsChart";
import { CitationMarks } from "@/components/CitationMarks";
import { DataTable } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { EventList } from "@/components/EventList";
import { JsonLd } from "@/components/JsonLd";
import { Link } from "@/components/Link";
import { ListSection } from "@/components/ListSection";
import { NameList } from "@/components/NameList";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceList } from "@/components/SourceList";
import { TermsTable } from "@/components/TermsTable";
import { disagreementsAboutAll } from "@/lib/disagreementsAboutAll";
import { personJsonLd } from "@/lib/jsonLd";
import { plural } from "@/lib/labels";
import { citationsUnder, numberCitations } from "@/lib/numberCitations";
import { pathFor } from "@/lib/paths";
import { DisputedMark } from "@/components/DisputedMark";
import { LinkedText } from "@/components/LinkedText";

/** Everything Parley knows about one person: names, offices over time, events, counterparts, statements, sources. */
export function PersonView({ parley, person }: { parley: Parley; person: Frozen<Person> }) {
  const citations = numberCitations(parley, person.id, parley.citationsOf(person.id));
  const terms = parley.membershipsOf(person.id);
  const events = parley.eventsOf(person.id);
  const counterparts = parley.counterpartsOf(person.id);
  const statements = parley.statementsOf(person.id);
  const until = parley.stats().dateRange.latest ?? "2025-12-31";
  const rows = termRows(
    terms,
    (m) => parley.labelOf(m.post),
    (m) => pathFor("posts", m.post),
    until,
  );
  const disagreements = disagreementsAboutAll(parley, [person.id, ...terms.map((m) => m.id)]);
  return (
    <article className="page">
      <JsonLd data={personJsonLd(parley, person)} />
      <PageTitle
        crumbs={[{ href: "/people/", label: "People" }]}
        kicker={person.nationality.map((c) => parley.labelOf(c)).join(", ")}
        title={
          <>
            {person.name}
            {person.nativeName && person.nativeName.name !== person.name ? (
              <span
                className="meta"
                lang={person.nativeName.lang}
                style={{ fontSize: "0.6em", display: "block", fontWeight: 400 }}
              >
                {person.nativeName.name}
              </span>
            ) : null}
          </>
        }
      />
      {person.summary ? (
        <p className="lede">
          <LinkedText parley={parley} text={person.summary} />
        </p>
      ) : null}
      {person.disambiguation ? (
        <p className="notice">
          Not to be confused: <LinkedText parley={parley} text={person.disambiguation} />
        </p>
      ) : null}
      <DisagreementNotice disagreements={disagreements} />

      <dl className="facts">
        {person.birth ? (
          <>
            <dt>Born</dt>
            <dd>
              <DateText date={person.birth.date} />
              {person.birth.place ? `, ${person.birth.place}` : null}{" "}
              <CitationMarks citations={citationsUnder(citations, ["birth"])} />
              <DisputedMark parley={parley} record={person.id} path="birth" />
            </dd>
          </>
        ) : null}
        {person.death ? (
          <>
            <dt>Died</dt>
            <dd>
              <DateText date={person.death.date} />
              {person.death.place ? `, ${person.death.place}` : null}{" "}
              <CitationMarks citations={citationsUnder(citations, ["death"])} />
            </dd>
          </>
        ) : null}
        <dt>Events</dt>
        <dd>{plural(events.length, "event")}</dd>
        <dt>Met</dt>
        <dd>{plural(counterparts.length, "person", "people")}</dd>
      </dl>

      <h2 id="names">
        Names
        <DisputedMark parley={parley} record={person.id} path="name" />
        <DisputedMark parley={parley} record={person.id} path="otherNames" />
      </h2>
      <NameList
        parley={parley}
        name={person.name}
        nativeName={person.nativeName}
        otherNames={person.otherNames}
        citations={citations}
      />

      <h2 id="terms">Offices held</h2>
      <TermsChart rows={rows} title={`Offices held by ${person.name} over time`} />
      <TermsTable parley={parley} terms={terms} column="post" href={(m) => pathFor("posts", m.post)} />

      <DisagreementPanel parley={parley} disagreements={disagreements} />

      <h2 id="events">Events</h2>
      <EventList events={events} />

      <h2 id="counterparts">People met</h2>
      {counterparts.length === 0 ? (
        <p className="meta">No shared events are recorded.</p>
      ) : (
        <DataTable
          columns={["Person", { label: "Shared events", numeric: true }, "Latest"]}
          rows={counterparts.map((c) => {
            const latest = c.events[c.events.length - 1];
            return {
              key: c.person.id,
              cells: [
                <Link href={pathFor("people", c.person.id)}>{c.person.name}</Link>,
                c.count,
                latest ? <Link href={pathFor("events", latest.id)}>{latest.title}</Link> : null,
              ],
            };
          })}
        />
      )}

      <ListSection id="statements" title="Statements" items={statements}>
        {(s) => (
          <>
            <LinkedText parley={parley} text={s.summary} />{" "}
            <span className="meta">
              — at <RecordLink parley={parley} id={s.event} />
            </span>
          </>
        )}
      </ListSection>

      <SourceList parley={parley} citations={citations} />
      <ReportErrorLink kind="people" id={person.id} label={person.name} />
    </article>
  );
}
