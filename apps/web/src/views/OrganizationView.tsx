import type { Frozen, Organization, Parley } from "@parley/core";
import { CitationMarks } from "@/components/CitationMarks";
import { DateText } from "@/components/DateText";
import { EventList } from "@/components/EventList";
import { ExternalLink } from "@/components/ExternalLink";
import { Joined } from "@/components/Joined";
import { JsonLd } from "@/components/JsonLd";
import { Link } from "@/components/Link";
import { ListSection } from "@/components/ListSection";
import { NameList } from "@/components/NameList";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceList } from "@/components/SourceList";
import { organizationJsonLd } from "@/lib/jsonLd";
import { organizationKindLabel } from "@/lib/labels";
import { citationsUnder, numberCitations } from "@/lib/numberCitations";
import { pathFor } from "@/lib/paths";
import { LinkedText } from "@/components/LinkedText";

/** One organization: names, place among other bodies, its offices, its events (or sessions) and sources. */
export function OrganizationView({ parley, organization }: { parley: Parley; organization: Frozen<Organization> }) {
  const o = organization;
  const citations = numberCitations(parley, o.id, parley.citationsOf(o.id));
  const parts = parley.partsOf(o.id);
  const posts = parley.postsOf(o.id);
  const events = parley.eventsOf(o.id);
  const documents = parley.documentsOf(o.id);
  const sourcesPublished = parley.sourcesPublishedBy(o.id);
  const reprints = parley.republicationsOf(o.id);
  const disagreements = parley.disagreementsAbout(o.id);
  return (
    <article className="page">
      <JsonLd data={organizationJsonLd(parley, o)} />
      <PageTitle
        crumbs={[{ href: "/organizations/", label: "Organizations" }]}
        kicker={organizationKindLabel(o.kind).toLowerCase()}
        title={o.name}
      />
      {o.summary ? (
        <p className="lede">
          <LinkedText parley={parley} text={o.summary} />
        </p>
      ) : null}
      {o.disambiguation ? (
        <p className="notice">
          Not to be confused: <LinkedText parley={parley} text={o.disambiguation} />
        </p>
      ) : null}
      <DisagreementNotice disagreements={disagreements} />
      <dl className="facts">
        {o.parent ? (
          <>
            <dt>Part of</dt>
            <dd>
              <RecordLink parley={parley} id={o.parent} />
            </dd>
          </>
        ) : null}
        {parts.length > 0 ? (
          <>
            <dt>Parts</dt>
            <dd>
              <Joined items={parts}>{(p) => <Link href={pathFor("organizations", p.id)}>{p.name}</Link>}</Joined>
            </dd>
          </>
        ) : null}
        <dt>Countries</dt>
        <dd>
          {o.countries.length === 0 ? (
            <span className="meta">international</span>
          ) : (
            o.countries.map((c) => parley.labelOf(c)).join(", ")
          )}
        </dd>
        {o.founded ? (
          <>
            <dt>Founded</dt>
            <dd>
              <DateText date={o.founded.date} /> <CitationMarks citations={citationsUnder(citations, ["founded"])} />
            </dd>
          </>
        ) : null}
        {o.url ? (
          <>
            <dt>Web site</dt>
            <dd>
              <ExternalLink href={o.url}>{o.url}</ExternalLink>
            </dd>
          </>
        ) : null}
      </dl>

      <h2 id="names">Names</h2>
      <NameList
        parley={parley}
        name={o.name}
        nativeName={o.nativeName}
        otherNames={o.otherNames}
        citations={citations}
      />

      <ListSection id="offices" title="Offices" items={posts}>
        {(p) => (
          <>
            <Link href={pathFor("posts", p.id)}>{p.label}</Link>{" "}
            <span className="meta">— {parley.holdersOf(p.id).length} terms recorded</span>
          </>
        )}
      </ListSection>

      <DisagreementPanel parley={parley} disagreements={disagreements} />

      <h2 id="events">{o.kind === "bilateral-mechanism" ? "Sessions and events" : "Events"}</h2>
      <EventList events={events} />

      <ListSection id="documents" title="Documents it is party to" items={documents}>
        {(d) => (
          <>
            <Link href={pathFor("documents", d.id)}>{d.title}</Link>{" "}
            <span className="meta">— {d.date ? <DateText date={d.date} /> : "date unknown"}</span>
          </>
        )}
      </ListSection>

      <ListSection id="published" title="Sources it published" items={sourcesPublished}>
        {(s) => (
          <>
            <Link href={pathFor("sources", s.id)}>{s.title}</Link>{" "}
            <span className="meta">— {s.published ? <DateText date={s.published} /> : "date unknown"}</span>
          </>
        )}
      </ListSection>

      <ListSection id="reprints" title="Reprints of its reporting" items={reprints}>
        {(s) => (
          <>
            <Link href={pathFor("sources", s.id)}>{s.title}</Link>{" "}
            <span className="meta">
              — {s.publisher ? parley.labelOf(s.publisher) : "unknown publisher"},{" "}
              {s.published ? <DateText date={s.published} /> : "date unknown"}
            </span>
          </>
        )}
      </ListSection>

      <SourceList parley={parley} citations={citations} />
      <ReportErrorLink kind="organizations" id={o.id} label={o.name} />
    </article>
  );
}
