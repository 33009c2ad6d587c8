import { entityRoute } from "@/routes/entityRoute";
import { nameOf } from "@/lib/frozenText";
import { PlaceView } from "@/views/PlaceView";
import { viewText } from "@/views/viewText";

/** The page of each record of the kind, in every language. */
export const placePage = entityRoute({
  kind: "places",
  lookup: (parley, id) => parley.getPlace(id),
  title: (p, language) => nameOf(p, language).text,
  description: (p, parley, language) =>
    viewText[language].meta.place(nameOf(p, language).text, parley.labelOf(p.country, language)),
  render: (parley, p, language) => <PlaceView parley={parley} place={p} language={language} />,
});
