import { entityRoute } from "@/data/entityRoute";
import { formatEdtf } from "@/lib/formatEdtf";
import { EventView } from "@/views/EventView";

const route = entityRoute({
  kind: "events",
  lookup: (parley, id) => parley.getEvent(id),
  title: (e) => e.title,
  description: (e) => `${formatEdtf(e.date)}. ${e.summary}`,
  render: (parley, e) => <EventView parley={parley} event={e} />,
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
