import { entityRoute } from "@/data/entityRoute";
import { formatEdtf } from "@/lib/formatEdtf";
import { DocumentView } from "@/views/DocumentView";

const route = entityRoute({
  kind: "documents",
  lookup: (parley, id) => parley.getDocument(id),
  title: (d) => d.title,
  description: (d) =>
    d.summary ?? `${d.title}${d.date ? `, ${formatEdtf(d.date)}` : ""}: parties, signatories and sources.`,
  render: (parley, d) => <DocumentView parley={parley} document={d} />,
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
