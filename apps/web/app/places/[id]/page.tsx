import { entityRoute } from "@/data/entityRoute";
import { PlaceView } from "@/views/PlaceView";

const route = entityRoute({
  kind: "places",
  lookup: (parley, id) => parley.getPlace(id),
  title: (p) => p.name,
  description: (p, parley) =>
    `${p.name}, ${parley.labelOf(p.country)}: Vietnam–Russia events held there, with sources.`,
  render: (parley, p) => <PlaceView parley={parley} place={p} />,
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
