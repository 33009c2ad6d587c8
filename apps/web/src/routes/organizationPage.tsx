import { entityRoute } from "@/data/entityRoute";
import { OrganizationView } from "@/views/OrganizationView";

/** The page of each record of the kind, in every language. */
export const organizationPage = entityRoute({
  kind: "organizations",
  lookup: (parley, id) => parley.getOrganization(id),
  title: (o) => o.name,
  description: (o) => o.summary ?? `${o.name}: its offices, events and sources in Parley.`,
  render: (parley, o) => <OrganizationView parley={parley} organization={o} />,
});
