import { entityRoute } from "@/routes/entityRoute";
import { SourceView } from "@/views/SourceView";
import { viewText } from "@/views/viewText";

/** The page of each record of the kind, in every language (a source's title stays as the source gives it). */
export const sourcePage = entityRoute({
  kind: "sources",
  lookup: (parley, id) => parley.getSource(id),
  title: (s) => s.title,
  description: (s, parley, language) =>
    viewText[language].meta.source(s.title, s.publisher ? parley.labelOf(s.publisher, language) : null),
  render: (parley, s, language) => <SourceView parley={parley} source={s} language={language} />,
});
