import { textIn, type Event, type Frozen, type Language, type Parley } from "@parley/core";
import { CitationMarks } from "@/components/CitationMarks";
import { DateText } from "@/components/DateText";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { DisputedMark } from "@/components/DisputedMark";
import { EventList } from "@/components/EventList";
import { Fact } from "@/components/Fact";
import { InLanguage } from "@/components/InLanguage";
import { Joined } from "@/components/Joined";
import { JsonLd } from "@/components/JsonLd";
import { Link } from "@/components/Link";
import { LinkedText } from "@/components/LinkedText";
import { ListSection } from "@/components/ListSection";
import { LocalLinkedText } from "@/components/LocalLinkedText";
import { LocalText } from "@/components/LocalText";
import { PageTitle } from "@/components/PageTitle";
import { ParticipantsTable } from "@/components/ParticipantsTable";
import { RecordLink } from "@/components/RecordLink";
import { RecordLinks } from "@/components/RecordLinks";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceList } from "@/components/SourceList";
import { disagreementsAboutAll } from "@/lib/disagreementsAboutAll";
import { nameOf } from "@/lib/frozenText";
import { eventJsonLd } from "@/lib/jsonLd";
import { documentKindLabel, kindLabel, organizationRoleLabel, statusLabel } from "@/lib/labels";
import { citationsUnder, numberCitations } from "@/lib/numberCitations";
import { pathFor } from "@/lib/paths";
import { StatementLine } from "./StatementLine";
import { viewText } from "./viewText";

/** Everything Parley knows about one event, in the page's language, with every fact linked to its sources. */
export function EventView({ parley, event, language }: { parley: Parley; event: Frozen<Event>; language: Language }) {
  const t = viewText[language];
  const own = numberCitations(parley, event.id, parley.citationsOf(event.id), language);
  const parent = parley.parentOf(event.id);
  const children = parley.childrenOf(event.id);
  const documents = parley.documentsOf(event.id);
  const statements = parley.statementsOf(event.id);
  // Statements' sources continue the page's numbering, so every source on the page is in one list.
  const statementViews = statements.flatMap((st) =>
    parley
      .citationsOf(st.id)
      .map((view) => ({ view, statement: st.id, speaker: parley.labelOf(st.speaker, language) })),
  );
  const statementCitations = statementViews.map((c, i) => {
    const n = own.length + i + 1;
    return { n, anchor: `cite-${n}`, view: c.view, about: t.event.statementBy(c.speaker), statement: c.statement };
  });
  const citations = [...own, ...statementCitations];
  const disagreements = disagreementsAboutAll(parley, [
    event.id,
    ...statements.map((x) => x.id),
    ...documents.map((d) => d.id),
  ]);
  const place = event.place ? parley.getPlace(event.place) : null;
  const title = textIn(event, "title", language)!;
  const summary = textIn(event, "summary", language)!;
  const parentTitle = parent ? textIn(parent, "title", language)! : null;
  const disputed = (path: string) => <DisputedMark parley={parley} record={event.id} path={path} language={language} />;
  return (
    <article className="page">
      <JsonLd data={eventJsonLd(parley, event, language)} />
      <PageTitle
        language={language}
        crumbs={[
          { href: "/events/", label: t.crumbs.events },
          ...(parent && parentTitle ? [{ href: pathFor("events", parent.id), label: parentTitle.text }] : []),
        ]}
        kicker={
          <>
            {kindLabel(event.kind, language)} · <DateText date={event.date} language={language} />
          </>
        }
        title={<LocalText value={title} language={language} />}
      />
      <p className="prose">
        <LocalLinkedText parley={parley} value={summary} language={language} />{" "}
        <CitationMarks citations={citationsUnder(own, ["citations"])} language={language} />
        {disputed("summary")}
      </p>

      <DisagreementNotice disagreements={disagreements} language={language} />

      <dl className="facts">
        <Fact term={t.event.when}>
          <DateText date={event.date} language={language} />
          {disputed("date")}
        </Fact>
        <Fact term={t.event.where}>
          {place?.ok ? (
            <>
              <LocalText value={nameOf(place.value, language)} language={language}>
                <Link href={pathFor("places", place.value.id)}>{nameOf(place.value, language).text}</Link>
              </LocalText>
              , <RecordLink parley={parley} id={place.value.country} language={language} />
            </>
          ) : (
            <span className="meta">{t.notRecorded}</span>
          )}
          {disputed("place")}
        </Fact>
        <Fact term={t.event.kind}>
          <Link href={`/timeline/?kind=${event.kind}`}>{kindLabel(event.kind, language)}</Link>
          {disputed("kind")}
        </Fact>
        <Fact term={t.event.status}>
          {statusLabel(event.status, language)}
          {disputed("status")}
        </Fact>
        {event.earlierPlans.map((plan, i) => (
          <div key={i} style={{ display: "contents" }}>
            <Fact term={t.event.earlierPlan}>
              {t.event.plannedFor}
              <DateText date={plan.date} language={language} />, {t.event.outcomes[plan.outcome]}
              {plan.reason ? (
                <>
                  :{" "}
                  <InLanguage lang="en" language={language}>
                    <LinkedText parley={parley} text={plan.reason} language={language} />
                  </InLanguage>
                </>
              ) : (
                "."
              )}{" "}
              <CitationMarks citations={citationsUnder(own, ["earlierPlans", i])} language={language} />
              {i === 0 ? disputed("earlierPlans") : null}
            </Fact>
          </div>
        ))}
        <Fact term={t.countries}>
          <RecordLinks parley={parley} ids={event.countries} language={language} />
        </Fact>
        {event.organizations.length > 0 ? (
          <Fact term={t.event.organizations}>
            <Joined items={event.organizations} separator="; " keyOf={(o) => `${o.organization}:${o.role}`}>
              {(o) => (
                <>
                  <RecordLink parley={parley} id={o.organization} language={language} />{" "}
                  <span className="meta">({organizationRoleLabel(o.role, language).toLowerCase()})</span>
                </>
              )}
            </Joined>
          </Fact>
        ) : null}
        {event.series ? (
          <Fact term={t.event.series}>
            {event.sequence ? t.event.session(event.sequence) : t.event.partOfSeries}
            <RecordLink parley={parley} id={event.series} language={language} />
          </Fact>
        ) : null}
        {parent && parentTitle ? (
          <Fact term={t.partOf}>
            <LocalText value={parentTitle} language={language}>
              <Link href={pathFor("events", parent.id)}>{parentTitle.text}</Link>
            </LocalText>
          </Fact>
        ) : null}
        <Fact term={t.topics}>
          <RecordLinks parley={parley} ids={event.topics} language={language} none={t.noneRecorded} />
        </Fact>
      </dl>

      <h2 id="participants">
        {t.event.participants}
        {disputed("participants")}
      </h2>
      <ParticipantsTable parley={parley} event={event} citations={own} language={language} />

      <DisagreementPanel parley={parley} disagreements={disagreements} language={language} />

      {children.length > 0 ? (
        <>
          <h2 id="programme">{t.event.programme}</h2>
          <EventList events={children} language={language} />
        </>
      ) : null}

      <ListSection id="documents" title={t.documents} items={documents}>
        {(d) => {
          const documentTitle = textIn(d, "title", language)!;
          const documentSummary = textIn(d, "summary", language);
          return (
            <>
              <LocalText value={documentTitle} language={language}>
                <Link href={pathFor("documents", d.id)}>{documentTitle.text}</Link>
              </LocalText>{" "}
              <span className="badge">{documentKindLabel(d.kind, language).toLowerCase()}</span>
              {documentSummary ? (
                <div className="meta">
                  <LocalLinkedText parley={parley} value={documentSummary} language={language} />
                </div>
              ) : null}
            </>
          );
        }}
      </ListSection>

      <ListSection id="statements" title={t.statements} items={statements} itemId={(s) => `statement-${s.id}`}>
        {(s) => (
          <>
            <StatementLine parley={parley} statement={s} language={language} event={false} />
            <CitationMarks citations={statementCitations.filter((c) => c.statement === s.id)} language={language} />
          </>
        )}
      </ListSection>

      <SourceList parley={parley} citations={citations} language={language} />
      <ReportErrorLink kind="events" id={event.id} label={title.text} language={language} />
    </article>
  );
}
