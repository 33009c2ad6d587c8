import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/i18n/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { Link } from "@/components/Link";
import { getParley } from "@/data/getParley";
import { pathFor } from "@/lib/paths";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/topics/",
    title: "Topics",
    description:
      "The topics Vietnam–Russia meetings are about, from legislative cooperation to energy, each with its events over time.",
  });
}

type TopicList = ReturnType<typeof getParley>["dataset"]["topics"];

function Tree({
  topics,
  parent,
  counts,
}: {
  topics: TopicList;
  parent: string | undefined;
  counts: ReadonlyMap<string, number>;
}) {
  const here = topics.filter((t) => t.parent === parent).sort((a, b) => a.label.localeCompare(b.label, "en"));
  if (here.length === 0) return null;
  return (
    <ul>
      {here.map((t) => (
        <li key={t.id}>
          <Link href={pathFor("topics", t.id)}>{t.label}</Link>{" "}
          <span className="meta">({counts.get(t.id) ?? 0} events)</span>
          <Tree topics={topics} parent={t.id} counts={counts} />
        </li>
      ))}
    </ul>
  );
}

function TopicsIndex({ language }: { language: Language }) {
  const parley = getParley();
  const counts = new Map(parley.dataset.topics.map((t) => [t.id, parley.timeline({ topics: [t.id] }).length]));
  return (
    <SectionPage
      path="/topics/"
      crumb="Topics"
      title="Topics"
      lede="The controlled vocabulary of topics; a broader topic's count includes its narrower ones."
    >
      <Tree topics={parley.dataset.topics} parent={undefined} counts={counts} />
    </SectionPage>
  );
}

/** The page in every language. */
export const topicsIndex: RouteModule = { metadata, Page: TopicsIndex };
