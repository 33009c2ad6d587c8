import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/i18n/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { getParley } from "@/data/getParley";
import { groupTimeline } from "@/timeline/groupTimeline";
import { TimelineExplorer } from "@/timeline/TimelineExplorer";
import { filterOptions, timelineItems } from "@/timeline/timelineItems";
import { TimelineList } from "@/timeline/TimelineList";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/timeline/",
    title: "Timeline",
    description:
      "Every recorded Vietnam–Russia event by year and month, filterable by date, kind, country, person, organization, topic and status.",
  });
}

function TimelinePage({ language }: { language: Language }) {
  const parley = getParley();
  const items = timelineItems(parley);
  const options = filterOptions(parley, items);
  const titles = new Map(items.map((i) => [i.id, i.title]));
  return (
    <SectionPage
      path="/timeline/"
      crumb="Timeline"
      title="Timeline"
      lede="Every event, by year and month. A visit opens to show the meetings held during it."
    >
      <TimelineExplorer options={options} total={items.length} dataUrl="/timeline/items.json">
        <TimelineList years={groupTimeline(items, titles)} />
      </TimelineExplorer>
    </SectionPage>
  );
}

/** The page in every language. */
export const timelinePage: RouteModule = { metadata, Page: TimelinePage };
