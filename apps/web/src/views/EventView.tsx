import type { Event, Frozen, Parley } from "@parley/core";
import { CitationMarks } from "@/components/CitationMarks";
import { DateText } from "@/components/DateText";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { DisputedMark } from "@/components/DisputedMark";
import { EventList } from "@/components/EventList";
import { Joined } from "@/components/Joined";
import { JsonLd } from "@/components/JsonLd";
import { Link } from "@/components/Link";
import { LinkedText } from "@/components/LinkedText";
import { ListSection } from "@/components/ListSection";
import { PageTitle } from "@/components/PageTitle";
import { ParticipantsTable } from "@/components/ParticipantsTable";
import { RecordLink } from "@/components/RecordLink";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceList } from "@/components/SourceList";
import { disagreementsAboutAll } from "@/lib/disagreementsAboutAll";
import { eventJsonLd } from "@/lib/jsonLd";
import { documentKindLabel, kindLabel, organizationRoleLabel, statusLabel, words } from "@/lib/labels";
import { citationsUnder, numberCitations } from "@/lib/numberCitations";
import { pathFor } from "@/lib/paths";

/** Everything Parley knows about one event, with every fact linked to its sources. */
export function EventView({ parley, event }: { parley: Parley; event: Frozen<Event> }) {
  const own = numberCitations(parley, event.id, parley.citationsOf(event.id));
  const parent = parley.parentOf(event.id);
  const children = parley.childrenOf(event.id);
  const documents = parley.documentsOf(event.id);
  const statements = parley.statementsOf(event.id);
  // Statements' sources continue the page's numbering, so every source on the page is in one list.
  const statementViews = statements.flatMap((st) =>
    parley.citationsOf(st.id).map((view) => ({ view, statement: st.id, speaker: parley.labelOf(st.speaker) })),
  );
  const statementCitations = statementViews.map((c, i) => {
    const n = own.length + i + 1;
    return { n, anchor: `cite-${n}`, view: c.view, about: `the statement by ${c.speaker}`, statement: c.statement };
  });
  const citations = [...own, ...statementCitations];
  const disagreements = disagreementsAboutAll(parley, [
    event.id,
    ...statements.map((x) => x.id),
    ...documents.map((d) => d.id),
  ]);
  const place = event.place ? parley.getPlace(event.place) : null;
  return (
    <article className="page">
      <JsonLd data={eventJsonLd(parley, event)} />
      <PageTitle
        crumbs={[
          { href: "/events/", label: "Events" },
          ...(parent ? [{ href: pathFor("events", parent.id), label: parent.title }] : []),
        ]}
        kicker={
          <>
            {kindLabel(event.kind)} · <DateText date={event.date} />
          </>
        }
        title={event.title}
      />
      <p className="prose">
        <LinkedText parley={parley} text={event.summary} />{" "}
        <CitationMarks citations={citationsUnder(own, ["citations"])} />
        <DisputedMark parley={parley} record={event.id} path="summary" />
      </p>

      <DisagreementNotice disagreements={disagreements} />

      <dl className="facts">
        <dt>When</dt>
        <dd>
          <DateText date={event.date} />
          <DisputedMark parley={parley} record={event.id} path="date" />
        </dd>
        <dt>Where</dt>
        <dd>
          {place?.ok ? (
            <>
              <Link href={pathFor("places", place.value.id)}>{place.value.name}</Link>,{" "}
              <RecordLink parley={parley} id={place.value.country} />
            </>
          ) : (
            <span className="meta">not recorded</span>
          )}
          <DisputedMark parley={parley} record={event.id} path="place" />
        </dd>
        <dt>Kind</dt>
        <dd>
          <Link href={`/timeline/?kind=${event.kind}`}>{kindLabel(event.kind)}</Link>
          <DisputedMark parley={parley} record={event.id} path="kind" />
        </dd>
        <dt>Status</dt>
        <dd>
          {statusLabel(event.status)}
          <DisputedMark parley={parley} record={event.id} path="status" />
        </dd>
        {event.earlierPlans.map((plan, i) => (
          <div key={i} style={{ display: "contents" }}>
            <dt>Earlier plan</dt>
            <dd>
              Planned for <DateText date={plan.date} />, {words(plan.outcome)}
              {plan.reason ? (
                <>
                  : <LinkedText parley={parley} text={plan.reason} />
                </>
              ) : (
                "."
              )}{" "}
              <CitationMarks citations={citationsUnder(own, ["earlierPlans", i])} />
              {i === 0 ? <DisputedMark parley={parley} record={event.id} path="earlierPlans" /> : null}
            </dd>
          </div>
        ))}
        <dt>Countries</dt>
        <dd>
          <Joined items={event.countries}>{(c) => <RecordLink parley={parley} id={c} />}</Joined>
        </dd>
        {event.organizations.length > 0 ? (
          <>
            <dt>Organizations</dt>
            <dd>
              <Joined items={event.organizations} separator="; " keyOf={(o) => `${o.organization}:${o.role}`}>
                {(o) => (
                  <>
                    <RecordLink parley={parley} id={o.organization} />{" "}
                    <span className="meta">({organizationRoleLabel(o.role).toLowerCase()})</span>
                  </>
                )}
              </Joined>
            </dd>
          </>
        ) : null}
        {event.series ? (
          <>
            <dt>Series</dt>
            <dd>
              {event.sequence ? `Session ${event.sequence} of ` : "Part of "}
              <RecordLink parley={parley} id={event.series} />
            </dd>
          </>
        ) : null}
        {parent ? (
          <>
            <dt>Part of</dt>
            <dd>
              <Link href={pathFor("events", parent.id)}>{parent.title}</Link>
            </dd>
          </>
        ) : null}
        <dt>Topics</dt>
        <dd>
          {event.topics.length === 0 ? (
            <span className="meta">none recorded</span>
          ) : (
            <Joined items={event.topics}>{(t) => <RecordLink parley={parley} id={t} />}</Joined>
          )}
        </dd>
      </dl>

      <h2 id="participants">
        Participants
        <DisputedMark parley={parley} record={event.id} path="participants" />
      </h2>
      <ParticipantsTable parley={parley} event={event} citations={own} />

      <DisagreementPanel parley={parley} disagreements={disagreements} />

      {children.length > 0 ? (
        <>
          <h2 id="programme">Programme</h2>
          <EventList events={children} />
        </>
      ) : null}

      <ListSection id="documents" title="Documents" items={documents}>
        {(d) => (
          <>
            <Link href={pathFor("documents", d.id)}>{d.title}</Link>{" "}
            <span className="badge">{documentKindLabel(d.kind).toLowerCase()}</span>
            {d.summary ? (
              <div className="meta">
                <LinkedText parley={parley} text={d.summary} />
              </div>
            ) : null}
          </>
        )}
      </ListSection>

      <ListSection id="statements" title="Statements" items={statements} itemId={(s) => `statement-${s.id}`}>
        {(s) => (
          <>
            <RecordLink parley={parley} id={s.speaker} />: <LinkedText parley={parley} text={s.summary} />{" "}
            <CitationMarks citations={statementCitations.filter((c) => c.statement === s.id)} />
          </>
        )}
      </ListSection>

      <SourceList parley={parley} citations={citations} />
      <ReportErrorLink kind="events" id={event.id} label={event.title} />
    </article>
  );
}
