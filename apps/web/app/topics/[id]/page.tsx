import { entityRoute } from "@/data/entityRoute";
import { TopicView } from "@/views/TopicView";

const route = entityRoute({
  kind: "topics",
  lookup: (parley, id) => parley.getTopic(id),
  title: (t) => t.label,
  description: (t) =>
    t.description ?? `${t.label} in Vietnam–Russia relations: events and statements over time, with sources.`,
  render: (parley, t) => <TopicView parley={parley} topic={t} />,
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
