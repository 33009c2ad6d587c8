import { entityRoute } from "@/data/entityRoute";
import { PostView } from "@/views/PostView";

/** The page of each record of the kind, in every language. */
export const postPage = entityRoute({
  kind: "posts",
  lookup: (parley, id) => parley.getPost(id),
  title: (p) => p.label,
  description: (p, parley) => `${p.label} (${parley.labelOf(p.organization)}): who held it when, with sources.`,
  render: (parley, p) => <PostView parley={parley} post={p} />,
});
