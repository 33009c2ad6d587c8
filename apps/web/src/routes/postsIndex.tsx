import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/i18n/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { Link } from "@/components/Link";
import { getParley } from "@/data/getParley";
import { pathFor } from "@/lib/paths";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/posts/",
    title: "Offices",
    description:
      "Every office in Parley — chairs of legislatures, heads of state and government, ambassadors — and who held it when.",
  });
}

function PostsIndex({ language }: { language: Language }) {
  const parley = getParley();
  const byOrg = new Map<string, (typeof parley.dataset.posts)[number][]>();
  for (const p of parley.dataset.posts) {
    const list = byOrg.get(p.organization) ?? [];
    list.push(p);
    byOrg.set(p.organization, list);
  }
  const orgs = [...byOrg.keys()].sort((a, b) => parley.labelOf(a).localeCompare(parley.labelOf(b), "en"));
  return (
    <SectionPage
      path="/posts/"
      crumb="Offices"
      title="Offices"
      lede={`${parley.dataset.posts.length} offices, by the organization they belong to. Each page shows its holders over time.`}
    >
      <div className="columns">
        {orgs.map((o) => (
          <section key={o} aria-labelledby={`org-${o}`}>
            <h2 id={`org-${o}`}>{parley.labelOf(o)}</h2>
            <ul className="plain-list">
              {byOrg.get(o)!.map((p) => (
                <li key={p.id}>
                  <Link href={pathFor("posts", p.id)}>{p.label}</Link>{" "}
                  <span className="meta">— {parley.holdersOf(p.id).length} terms</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </SectionPage>
  );
}

/** The page in every language. */
export const postsIndex: RouteModule = { metadata, Page: PostsIndex };
