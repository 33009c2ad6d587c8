import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/i18n/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { DataTable } from "@/components/DataTable";
import { DateText } from "@/components/DateText";
import { Link } from "@/components/Link";
import { getParley } from "@/data/getParley";
import { kindLabel, statusLabel } from "@/lib/labels";
import { pathFor } from "@/lib/paths";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/events/",
    title: "Events",
    description: "Every visit, meeting, session and signing in Parley, in date order.",
  });
}

function EventsIndex({ language }: { language: Language }) {
  const parley = getParley();
  const events = parley.timeline({ topLevelOnly: true });
  return (
    <SectionPage
      path="/events/"
      crumb="Events"
      title="Events"
      lede={
        `${parley.dataset.events.length} events; visits are listed here with the number of meetings within them. ` +
        `The timeline filters them.`
      }
    >
      <p>
        <Link href="/timeline/">Filter them on the timeline</Link>
      </p>
      <DataTable
        columns={["Date", "Event", "Kind", { label: "Within it", numeric: true }]}
        rows={events.map((e) => ({
          key: e.id,
          cells: [
            <DateText date={e.date} />,
            <>
              <Link href={pathFor("events", e.id)}>{e.title}</Link>
              {e.status !== "took-place" ? <span className="badge badge--warn"> {statusLabel(e.status)}</span> : null}
            </>,
            kindLabel(e.kind),
            parley.childrenOf(e.id).length || "",
          ],
        }))}
      />
    </SectionPage>
  );
}

/** The page in every language. */
export const eventsIndex: RouteModule = { metadata, Page: EventsIndex };
