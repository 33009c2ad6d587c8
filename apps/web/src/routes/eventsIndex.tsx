import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import { textIn } from "@parley/core";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { DataTable } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import { Link } from "@/components/Link";
import { LocalText } from "@/components/LocalText";
import { getParley } from "@/data/getParley";
import { countIn, kindLabel, statusLabel } from "@/lib/labels";
import { pathFor } from "@/lib/paths";
import { pageText } from "./pageText";

function metadata(language: Language): Metadata {
  const text = pageText[language].events;
  return pageMetadata({ path: "/events/", title: text.title, description: text.description });
}

/** Every top-level event in date order, with the number of events within each. */
function EventsIndex({ language }: { language: Language }) {
  const text = pageText[language].events;
  const parley = getParley();
  const events = parley.timeline({ topLevelOnly: true });
  return (
    <SectionPage
      path="/events/"
      crumb={text.title}
      title={text.title}
      lede={text.lede(countIn(language, parley.dataset.events.length, pageText[language].counts.events))}
      language={language}
    >
      <p>
        <Link href="/timeline/">{text.filter}</Link>
      </p>
      <DataTable
        columns={[
          text.columns.date,
          text.columns.event,
          text.columns.kind,
          { label: text.columns.within, numeric: true },
        ]}
        rows={events.map((e) => {
          const within = parley.childrenOf(e.id).length;
          return {
            key: e.id,
            cells: [
              <DateText date={e.date} language={language} />,
              <>
                <Link href={pathFor("events", e.id)}>
                  <LocalText value={textIn(e, "title", language)!} language={language} />
                </Link>
                {e.status !== "took-place" ? (
                  <span className="badge badge--warn"> {statusLabel(e.status, language)}</span>
                ) : null}
              </>,
              kindLabel(e.kind, language),
              within ? within.toLocaleString(language) : "",
            ],
          };
        })}
      />
    </SectionPage>
  );
}

/** The page in every language. */
export const eventsIndex: RouteModule = { metadata, Page: EventsIndex };
