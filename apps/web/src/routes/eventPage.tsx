import { entityRoute } from "@/data/entityRoute";
import { formatEdtf } from "@/lib/formatEdtf";
import { EventView } from "@/views/EventView";

/** The page of each record of the kind, in every language. */
export const eventPage = entityRoute({
  kind: "events",
  lookup: (parley, id) => parley.getEvent(id),
  title: (e) => e.title,
  description: (e) => `${formatEdtf(e.date)}. ${e.summary}`,
  render: (parley, e) => <EventView parley={parley} event={e} />,
});
