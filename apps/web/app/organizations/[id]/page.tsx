import { entityRoute } from "@/data/entityRoute";
import { OrganizationView } from "@/views/OrganizationView";

const route = entityRoute({
  kind: "organizations",
  lookup: (parley, id) => parley.getOrganization(id),
  title: (o) => o.name,
  description: (o) => o.summary ?? `${o.name}: its offices, events and sources in Parley.`,
  render: (parley, o) => <OrganizationView parley={parley} organization={o} />,
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
