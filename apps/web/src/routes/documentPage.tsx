import { entityRoute } from "@/data/entityRoute";
import { formatEdtf } from "@/lib/formatEdtf";
import { DocumentView } from "@/views/DocumentView";

/** The page of each record of the kind, in every language. */
export const documentPage = entityRoute({
  kind: "documents",
  lookup: (parley, id) => parley.getDocument(id),
  title: (d) => d.title,
  description: (d) =>
    d.summary ?? `${d.title}${d.date ? `, ${formatEdtf(d.date)}` : ""}: parties, signatories and sources.`,
  render: (parley, d) => <DocumentView parley={parley} document={d} />,
});
