import { entityRoute } from "@/data/entityRoute";
import { SourceView } from "@/views/SourceView";

/** The page of each record of the kind, in every language. */
export const sourcePage = entityRoute({
  kind: "sources",
  lookup: (parley, id) => parley.getSource(id),
  title: (s) => s.title,
  description: (s, parley) =>
    `${s.title} (${s.publisher ? parley.labelOf(s.publisher) : "publisher unknown"}): every Parley record that cites it.`,
  render: (parley, s) => <SourceView parley={parley} source={s} />,
});
