import { entityRoute } from "@/data/entityRoute";
import { SourceView } from "@/views/SourceView";

const route = entityRoute({
  kind: "sources",
  lookup: (parley, id) => parley.getSource(id),
  title: (s) => s.title,
  description: (s, parley) =>
    `${s.title} (${s.publisher ? parley.labelOf(s.publisher) : "publisher unknown"}): every Parley record that cites it.`,
  render: (parley, s) => <SourceView parley={parley} source={s} />,
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
