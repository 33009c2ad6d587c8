import { textIn } from "@parley/core";
import { entityRoute } from "@/routes/entityRoute";
import { formatEdtf } from "@/lib/formatEdtf";
import { EventView } from "@/views/EventView";

/** The page of each record of the kind, in every language. */
export const eventPage = entityRoute({
  kind: "events",
  lookup: (parley, id) => parley.getEvent(id),
  title: (e, language) => textIn(e, "title", language)!.text,
  description: (e, _, language) => `${formatEdtf(e.date, language)}. ${textIn(e, "summary", language)!.text}`,
  render: (parley, e, language) => <EventView parley={parley} event={e} language={language} />,
});
