import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import { textIn } from "@parley/core";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { Link } from "@/components/Link";
import { LocalText } from "@/components/LocalText";
import { getParley } from "@/data/getParley";
import { countIn } from "@/lib/labels";
import { pathFor } from "@/lib/paths";
import { pageText } from "./pageText";

function metadata(language: Language): Metadata {
  const text = pageText[language].posts;
  return pageMetadata({ path: "/posts/", title: text.title, description: text.description });
}

/** Every office by the organization it belongs to, with how many terms of it are on record. */
function PostsIndex({ language }: { language: Language }) {
  const text = pageText[language].posts;
  const counts = pageText[language].counts;
  const parley = getParley();
  const byOrg = new Map<string, (typeof parley.dataset.posts)[number][]>();
  for (const p of parley.dataset.posts) {
    const list = byOrg.get(p.organization) ?? [];
    list.push(p);
    byOrg.set(p.organization, list);
  }
  const orgs = [...byOrg.keys()].sort((a, b) =>
    parley.labelOf(a, language).localeCompare(parley.labelOf(b, language), language),
  );
  return (
    <SectionPage
      path="/posts/"
      crumb={text.title}
      title={text.title}
      lede={text.lede(countIn(language, parley.dataset.posts.length, counts.offices))}
      language={language}
    >
      <div className="columns">
        {orgs.map((o) => (
          <section key={o} aria-labelledby={`org-${o}`}>
            <h2 id={`org-${o}`}>{parley.labelOf(o, language)}</h2>
            <ul className="plain-list">
              {byOrg.get(o)!.map((p) => (
                <li key={p.id}>
                  <Link href={pathFor("posts", p.id)}>
                    <LocalText value={textIn(p, "label", language)!} language={language} />
                  </Link>{" "}
                  <span className="meta">— {countIn(language, parley.holdersOf(p.id).length, counts.terms)}</span>
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
