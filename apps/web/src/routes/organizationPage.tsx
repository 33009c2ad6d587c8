import { textIn } from "@parley/core";
import { entityRoute } from "@/routes/entityRoute";
import { nameOf } from "@/lib/frozenText";
import { OrganizationView } from "@/views/OrganizationView";
import { viewText } from "@/views/viewText";

/** The page of each record of the kind, in every language. */
export const organizationPage = entityRoute({
  kind: "organizations",
  lookup: (parley, id) => parley.getOrganization(id),
  title: (o, language) => nameOf(o, language).text,
  description: (o, _, language) =>
    textIn(o, "summary", language)?.text ?? viewText[language].meta.organization(nameOf(o, language).text),
  render: (parley, o, language) => <OrganizationView parley={parley} organization={o} language={language} />,
});
