import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import { textIn } from "@parley/core";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { Link } from "@/components/Link";
import { LocalText } from "@/components/LocalText";
import { getParley } from "@/data/getParley";
import { countIn } from "@/lib/labels";
import { pathFor } from "@/lib/paths";
import { pageText } from "./pageText";

function metadata(language: Language): Metadata {
  const text = pageText[language].topics;
  return pageMetadata({ path: "/topics/", title: text.title, description: text.description });
}

type TopicList = ReturnType<typeof getParley>["dataset"]["topics"];

/** The topics under one parent (the top ones for none), by label in the page's language, each with its own below it. */
function Tree({
  topics,
  parent,
  counts,
  language,
}: {
  topics: TopicList;
  parent: string | undefined;
  counts: ReadonlyMap<string, number>;
  language: Language;
}) {
  const here = topics
    .filter((t) => t.parent === parent)
    .map((t) => ({ topic: t, label: textIn(t, "label", language)! }))
    .sort((a, b) => a.label.text.localeCompare(b.label.text, language));
  if (here.length === 0) return null;
  return (
    <ul>
      {here.map(({ topic: t, label }) => (
        <li key={t.id}>
          <Link href={pathFor("topics", t.id)}>
            <LocalText value={label} language={language} />
          </Link>{" "}
          <span className="meta">({countIn(language, counts.get(t.id) ?? 0, pageText[language].counts.events)})</span>
          <Tree topics={topics} parent={t.id} counts={counts} language={language} />
        </li>
      ))}
    </ul>
  );
}

/** The topic vocabulary as a tree, with how many events each topic (and those under it) has. */
function TopicsIndex({ language }: { language: Language }) {
  const text = pageText[language].topics;
  const parley = getParley();
  const counts = new Map(parley.dataset.topics.map((t) => [t.id, parley.timeline({ topics: [t.id] }).length]));
  return (
    <SectionPage path="/topics/" crumb={text.title} title={text.title} lede={text.lede} language={language}>
      <Tree topics={parley.dataset.topics} parent={undefined} counts={counts} language={language} />
    </SectionPage>
  );
}

/** The page in every language. */
export const topicsIndex: RouteModule = { metadata, Page: TopicsIndex };
