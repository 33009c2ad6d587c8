import { entityRoute } from "@/data/entityRoute";
import { TopicView } from "@/views/TopicView";

/** The page of each record of the kind, in every language. */
export const topicPage = entityRoute({
  kind: "topics",
  lookup: (parley, id) => parley.getTopic(id),
  title: (t) => t.label,
  description: (t) =>
    t.description ?? `${t.label} in Vietnam–Russia relations: events and statements over time, with sources.`,
  render: (parley, t) => <TopicView parley={parley} topic={t} />,
});
