import { textIn } from "@parley/core";
import { entityRoute } from "@/routes/entityRoute";
import { TopicView } from "@/views/TopicView";
import { viewText } from "@/views/viewText";

/** The page of each record of the kind, in every language. */
export const topicPage = entityRoute({
  kind: "topics",
  lookup: (parley, id) => parley.getTopic(id),
  title: (t, language) => textIn(t, "label", language)!.text,
  description: (t, _, language) =>
    textIn(t, "description", language)?.text ?? viewText[language].meta.topic(textIn(t, "label", language)!.text),
  render: (parley, t, language) => <TopicView parley={parley} topic={t} language={language} />,
});
