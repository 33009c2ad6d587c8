import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/i18n/routeExports";
import { eventKinds, validationRules, type EventKind } from "@parley/core";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { DataTable } from "@/components/DataTable";
import { Link } from "@/components/Link";
import { correctionUrl } from "@/lib/correctionUrl";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/methodology/",
    title: "Methodology",
    description:
      "What counts as an event in Parley, how every fact is sourced and checked, how disagreements between sources are kept, " +
      "every validation rule, and how to report an error.",
  });
}

const LAYERS = [
  { layer: "shape", title: "Shape", what: "every record has the fields, types and vocabulary the schema gives it" },
  {
    layer: "references",
    title: "References",
    what: "every id points at a record of the right kind, and nothing is left unused",
  },
  {
    layer: "time",
    title: "Time",
    what: "dates agree with each other: terms, posts held on the day, meetings within visits",
  },
  {
    layer: "provenance",
    title: "Provenance",
    what: "every fact is cited, and cited words are found in the stored source texts",
  },
] as const;

/** The page's sections, for its table of contents: anchor and heading. */
const SECTIONS = [
  ["scope", "What Parley records"],
  ["events", "What counts as an event"],
  ["sourcing", "How facts are sourced"],
  ["dates", "Dates and offices"],
  ["disagreements", "When sources disagree"],
  ["rules", "Validation rules"],
  ["corrections", "Report an error"],
] as const;

/** The heading of one of the page's sections, worded as in the table of contents. */
function SectionHeading({ id }: { id: (typeof SECTIONS)[number][0] }) {
  return <h2 id={id}>{SECTIONS.find(([anchor]) => anchor === id)![1]}</h2>;
}

function MethodologyPage({ language }: { language: Language }) {
  const report = correctionUrl({ kind: "page", id: "general", label: "Parley", path: "/methodology/" });
  return (
    <SectionPage
      path="/methodology/"
      crumb="Methodology"
      title="Methodology"
      lede="How Parley decides what to record, how each fact is tied to its source, and what happens when sources disagree."
    >
      <nav aria-label="On this page" className="card prose">
        <ol>
          {SECTIONS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ol>
      </nav>

      <div className="prose">
        <SectionHeading id="scope" />
        <p>
          Parley records contacts between Vietnam and Russia, centred on parliamentary diplomacy: visits, talks,
          receptions, sessions of joint committees, signings, calls and messages; who took part and in which office;
          what was discussed and signed; and which published source says so. It follows the Popolo model for people,
          organizations, offices (posts) and terms of office (memberships).
        </p>
        <p>
          One real event is one record, whichever and however many reports describe it; a visit contains its meetings as
          child events, and a meeting of many people is one event, not one per pair.
        </p>

        <SectionHeading id="events" />
        <p>
          Every event has one kind from a controlled list. Each kind maps to the PLOVER and CAMEO event-data codes, so
          the data can join other event datasets.
        </p>
      </div>
      <DataTable
        columns={["Kind", "What counts", "PLOVER", "CAMEO"]}
        rows={(Object.keys(eventKinds) as EventKind[]).map((k) => ({
          key: k,
          cells: [
            <Link href={`/timeline/?kind=${k}`}>{eventKinds[k].label}</Link>,
            eventKinds[k].description,
            eventKinds[k].plover
              ? `${eventKinds[k].plover}${eventKinds[k].ploverMode ? ` (${eventKinds[k].ploverMode})` : ""}`
              : "—",
            eventKinds[k].cameo ?? "—",
          ],
        }))}
      />

      <div className="prose">
        <SectionHeading id="sourcing" />
        <p>
          Every fact cites at least one source: the event itself, each person&apos;s part in it, each term of office,
          each alternative spelling of a name, each version of a disputed fact. A citation names the source and, where
          possible, the paragraph and a verbatim fragment of at most twelve words. The fragment becomes a link that
          opens the source with those words highlighted (a URL text fragment, <code>#:~:text=</code>); if the page has
          changed, the browser simply opens it at the top.
        </p>
        <p>
          Facts are paraphrased in our own words; nothing is copied from a source beyond such short fragments. A
          source&apos;s publisher, address or date is written as unknown when we do not know it, never guessed. Where
          many outlets republish one wire story, that is noted: more pages do not always mean more independent reports.
        </p>

        <SectionHeading id="dates" />
        <p>
          Dates keep the precision the sources give, written in EDTF (ISO 8601-2): a year (<code>2023</code>), a month (
          <code>2023-10</code>), a day (<code>2023-10-16</code>), a span (<code>2023-10-15/2023-10-16</code>), or an
          open end (<code>../2025-09-28</code>, “on or before”). Nothing is padded to an invented day: an event known
          only to the month is shown as “October 2023” and left out of the calendar export.
        </p>
        <p>
          Offices are dated terms, never fixed labels on a person. Each participant&apos;s post is checked against their
          terms on the day of the event; a date too coarse to tell across a change of office is marked as ambiguous
          rather than wrong.
        </p>

        <SectionHeading id="disagreements" />
        <p>
          Disagreements are kept, not resolved away, following Wikidata&apos;s ranks. Every version is recorded with the
          sources that give it. One may be marked
          <strong> preferred</strong>, with the reason; others stay at <strong>normal</strong> rank; a version judged
          wrong is <strong>deprecated</strong> but kept, so that no one adds it again. Accounts that can both be true
          are marked as complementary. Every record page with a disagreement shows a “Sources disagree” panel with all
          versions.
        </p>

        <SectionHeading id="rules" />
        <p>
          The dataset is checked on every change by the same schema and validator that ships with the data, in four
          layers. This list is generated from the validator itself, so it cannot drift from what is enforced.
        </p>
      </div>
      {LAYERS.map((l) => (
        <section key={l.layer} aria-labelledby={`layer-${l.layer}`}>
          <h3 id={`layer-${l.layer}`}>
            {l.title}: {l.what}
          </h3>
          <DataTable
            columns={["Rule", "What it requires"]}
            rows={validationRules
              .filter((r) => r.layer === l.layer)
              .map((r) => ({ key: r.code, id: `rule-${r.code}`, cells: [<code>{r.code}</code>, r.description] }))}
          />
        </section>
      ))}

      <div className="prose">
        <SectionHeading id="corrections" />
        <p>
          Every record page ends with a “Report an error on this page” link that opens a correction request already
          naming the page and the record id. Tell us what is wrong and, if you can, the source (address, publisher,
          date) that shows it. Corrections are checked against sources like any other fact.
        </p>
        <p>
          <a className="button" href={report} rel="noopener noreferrer">
            Report an error
          </a>
        </p>
      </div>
    </SectionPage>
  );
}

/** The page in every language. */
export const methodologyPage: RouteModule = { metadata, Page: MethodologyPage };
