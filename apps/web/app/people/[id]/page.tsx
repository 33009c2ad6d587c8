import { entityRoute } from "@/data/entityRoute";
import { PersonView } from "@/views/PersonView";

const route = entityRoute({
  kind: "people",
  lookup: (parley, id) => parley.getPerson(id),
  title: (p) => (p.nativeName && p.nativeName.name !== p.name ? `${p.name} (${p.nativeName.name})` : p.name),
  description: (p) =>
    p.summary ?? `${p.name}: offices held, events and people met in Vietnam–Russia relations, with sources.`,
  render: (parley, p) => <PersonView parley={parley} person={p} />,
  ogType: "profile",
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
