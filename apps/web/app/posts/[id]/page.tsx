import { entityRoute } from "@/data/entityRoute";
import { PostView } from "@/views/PostView";

const route = entityRoute({
  kind: "posts",
  lookup: (parley, id) => parley.getPost(id),
  title: (p) => p.label,
  description: (p, parley) => `${p.label} (${parley.labelOf(p.organization)}): who held it when, with sources.`,
  render: (parley, p) => <PostView parley={parley} post={p} />,
});

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
