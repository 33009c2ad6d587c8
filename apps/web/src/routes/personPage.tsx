import { textIn } from "@parley/core";
import { entityRoute } from "@/routes/entityRoute";
import { nameOf } from "@/lib/frozenText";
import { PersonView } from "@/views/PersonView";
import { viewText } from "@/views/viewText";

/**
 * The page of each record of the kind, in every language. The title gives the name as the page's readers write it with
 * the original beside it when that differs: "Чан Тхань Ман (Trần Thanh Mẫn)".
 */
export const personPage = entityRoute({
  kind: "people",
  lookup: (parley, id) => parley.getPerson(id),
  title: (p, language) => {
    const name = nameOf(p, language).text;
    return p.nativeName && p.nativeName.name !== name ? `${name} (${p.nativeName.name})` : name;
  },
  description: (p, _, language) =>
    textIn(p, "summary", language)?.text ?? viewText[language].meta.person(nameOf(p, language).text),
  render: (parley, p, language) => <PersonView parley={parley} person={p} language={language} />,
  ogType: "profile",
});
