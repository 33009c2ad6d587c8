import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import type { Metadata } from "next";
import { localePath } from "@/i18n/localePath";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { getParley } from "@/data/getParley";
import { groupTimeline } from "@/timeline/groupTimeline";
import { TimelineExplorer } from "@/timeline/TimelineExplorer";
import { filterOptions, timelineItems } from "@/timeline/timelineItems";
import { TimelineList } from "@/timeline/TimelineList";
import { timelineText } from "@/timeline/timelineText";

/** The compact event list the timeline filters in the browser (app/timeline/items.json; each language site has its own). */
const TIMELINE_ITEMS_PATH = "/timeline/items.json";

function metadata(language: Language): Metadata {
  const text = timelineText[language];
  return pageMetadata({ path: "/timeline/", title: text.title, description: text.description });
}

function TimelinePage({ language }: { language: Language }) {
  const parley = getParley();
  const text = timelineText[language];
  const items = timelineItems(parley, language);
  const options = filterOptions(parley, items, language);
  const titles = new Map(items.map((i) => [i.id, i]));
  return (
    <SectionPage language={language} path="/timeline/" crumb={text.title} title={text.title} lede={text.lede}>
      <TimelineExplorer
        options={options}
        total={items.length}
        dataUrl={localePath(language, TIMELINE_ITEMS_PATH)}
        text={text.explorer}
      >
        <TimelineList
          years={groupTimeline(items, titles, language, text.explorer.groups)}
          language={language}
          text={text.explorer.list}
        />
      </TimelineExplorer>
    </SectionPage>
  );
}

/** The page in every language. */
export const timelinePage: RouteModule = { metadata, Page: TimelinePage };
