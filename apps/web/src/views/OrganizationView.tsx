import { textIn, type Frozen, type Language, type Organization, type Parley } from "@parley/core";
import { CitationMarks } from "@/components/CitationMarks";
import { DateText } from "@/components/DateText";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { EventList } from "@/components/EventList";
import { ExternalLink } from "@/components/ExternalLink";
import { Fact } from "@/components/Fact";
import { JsonLd } from "@/components/JsonLd";
import { Link } from "@/components/Link";
import { ListSection } from "@/components/ListSection";
import { LocalText } from "@/components/LocalText";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { RecordLinks } from "@/components/RecordLinks";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceList, SourceTitle } from "@/components/SourceList";
import { nameOf } from "@/lib/frozenText";
import { organizationJsonLd } from "@/lib/jsonLd";
import { organizationKindLabel } from "@/lib/labels";
import { citationsUnder, numberCitations } from "@/lib/numberCitations";
import { pathFor } from "@/lib/paths";
import { NamesSection } from "./NamesSection";
import { RecordLede } from "./RecordLede";
import { viewText } from "./viewText";

/**
 * One organization in the page's language: names, place among other bodies, its offices, its events (or sessions)
 * and sources.
 */
export function OrganizationView({
  parley,
  organization,
  language,
}: {
  parley: Parley;
  organization: Frozen<Organization>;
  language: Language;
}) {
  const t = viewText[language];
  const o = organization;
  const citations = numberCitations(parley, o.id, parley.citationsOf(o.id), language);
  const parts = parley.partsOf(o.id);
  const posts = parley.postsOf(o.id);
  const events = parley.eventsOf(o.id);
  const documents = parley.documentsOf(o.id);
  const sourcesPublished = parley.sourcesPublishedBy(o.id);
  const reprints = parley.republicationsOf(o.id);
  const disagreements = parley.disagreementsAbout(o.id);
  const name = nameOf(o, language);
  const summary = textIn(o, "summary", language);
  const disambiguation = textIn(o, "disambiguation", language);
  return (
    <article className="page">
      <JsonLd data={organizationJsonLd(parley, o, language)} />
      <PageTitle
        language={language}
        crumbs={[{ href: "/organizations/", label: t.crumbs.organizations }]}
        kicker={organizationKindLabel(o.kind, language).toLowerCase()}
        title={<LocalText value={name} language={language} />}
      />
      <RecordLede parley={parley} summary={summary} disambiguation={disambiguation} language={language} />
      <DisagreementNotice disagreements={disagreements} language={language} />
      <dl className="facts">
        {o.parent ? (
          <Fact term={t.partOf}>
            <RecordLink parley={parley} id={o.parent} language={language} />
          </Fact>
        ) : null}
        {parts.length > 0 ? (
          <Fact term={t.organization.parts}>
            <RecordLinks parley={parley} ids={parts.map((p) => p.id)} language={language} />
          </Fact>
        ) : null}
        <Fact term={t.countries}>
          {o.countries.length === 0 ? (
            <span className="meta">{t.organization.international}</span>
          ) : (
            o.countries.map((c) => parley.labelOf(c, language)).join(", ")
          )}
        </Fact>
        {o.founded ? (
          <Fact term={t.organization.founded}>
            <DateText date={o.founded.date} language={language} />{" "}
            <CitationMarks citations={citationsUnder(citations, ["founded"])} language={language} />
          </Fact>
        ) : null}
        {o.url ? (
          <Fact term={t.organization.website}>
            <ExternalLink href={o.url} language={language}>
              {o.url}
            </ExternalLink>
          </Fact>
        ) : null}
      </dl>

      <NamesSection parley={parley} record={o} citations={citations} language={language} />

      <ListSection id="offices" title={t.organization.offices} items={posts}>
        {(p) => (
          <>
            <RecordLink parley={parley} id={p.id} language={language} />{" "}
            <span className="meta">— {t.organization.terms(parley.holdersOf(p.id).length)}</span>
          </>
        )}
      </ListSection>

      <DisagreementPanel parley={parley} disagreements={disagreements} language={language} />

      <h2 id="events">{o.kind === "bilateral-mechanism" ? t.organization.sessions : t.events}</h2>
      <EventList events={events} language={language} />

      <ListSection id="documents" title={t.organization.documents} items={documents}>
        {(d) => (
          <>
            <RecordLink parley={parley} id={d.id} language={language} />{" "}
            <span className="meta">— {d.date ? <DateText date={d.date} language={language} /> : t.dateUnknown}</span>
          </>
        )}
      </ListSection>

      <ListSection id="published" title={t.organization.published} items={sourcesPublished}>
        {(s) => (
          <>
            <Link href={pathFor("sources", s.id)}>
              <SourceTitle source={s} language={language} />
            </Link>{" "}
            <span className="meta">
              — {s.published ? <DateText date={s.published} language={language} /> : t.dateUnknown}
            </span>
          </>
        )}
      </ListSection>

      <ListSection id="reprints" title={t.organization.reprints} items={reprints}>
        {(s) => (
          <>
            <Link href={pathFor("sources", s.id)}>
              <SourceTitle source={s} language={language} />
            </Link>{" "}
            <span className="meta">
              — {s.publisher ? parley.labelOf(s.publisher, language) : t.unknownPublisher},{" "}
              {s.published ? <DateText date={s.published} language={language} /> : t.dateUnknown}
            </span>
          </>
        )}
      </ListSection>

      <SourceList parley={parley} citations={citations} language={language} />
      <ReportErrorLink kind="organizations" id={o.id} label={name.text} language={language} />
    </article>
  );
}
