import { textIn } from "@parley/core";
import { entityRoute } from "@/routes/entityRoute";
import { formatEdtf } from "@/lib/formatEdtf";
import { DocumentView } from "@/views/DocumentView";
import { viewText } from "@/views/viewText";

/** The page of each record of the kind, in every language. */
export const documentPage = entityRoute({
  kind: "documents",
  lookup: (parley, id) => parley.getDocument(id),
  title: (d, language) => textIn(d, "title", language)!.text,
  description: (d, _, language) =>
    textIn(d, "summary", language)?.text ??
    viewText[language].meta.document(textIn(d, "title", language)!.text, d.date ? formatEdtf(d.date, language) : null),
  render: (parley, d, language) => <DocumentView parley={parley} document={d} language={language} />,
});
