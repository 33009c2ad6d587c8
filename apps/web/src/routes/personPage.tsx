import { entityRoute } from "@/data/entityRoute";
import { PersonView } from "@/views/PersonView";

/** The page of each record of the kind, in every language. */
export const personPage = entityRoute({
  kind: "people",
  lookup: (parley, id) => parley.getPerson(id),
  title: (p) => (p.nativeName && p.nativeName.name !== p.name ? `${p.name} (${p.nativeName.name})` : p.name),
  description: (p) =>
    p.summary ?? `${p.name}: offices held, events and people met in Vietnam–Russia relations, with sources.`,
  render: (parley, p) => <PersonView parley={parley} person={p} />,
  ogType: "profile",
});
