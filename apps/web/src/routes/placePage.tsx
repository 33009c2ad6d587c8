import { entityRoute } from "@/data/entityRoute";
import { PlaceView } from "@/views/PlaceView";

/** The page of each record of the kind, in every language. */
export const placePage = entityRoute({
  kind: "places",
  lookup: (parley, id) => parley.getPlace(id),
  title: (p) => p.name,
  description: (p, parley) =>
    `${p.name}, ${parley.labelOf(p.country)}: Vietnam–Russia events held there, with sources.`,
  render: (parley, p) => <PlaceView parley={parley} place={p} />,
});
