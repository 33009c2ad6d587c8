import { textIn } from "@parley/core";
import { entityRoute } from "@/routes/entityRoute";
import { PostView } from "@/views/PostView";
import { viewText } from "@/views/viewText";

/** The page of each record of the kind, in every language. */
export const postPage = entityRoute({
  kind: "posts",
  lookup: (parley, id) => parley.getPost(id),
  title: (p, language) => textIn(p, "label", language)!.text,
  description: (p, parley, language) =>
    viewText[language].meta.post(textIn(p, "label", language)!.text, parley.labelOf(p.organization, language)),
  render: (parley, p, language) => <PostView parley={parley} post={p} language={language} />,
});
