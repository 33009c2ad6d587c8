import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import type { OrganizationKind, TextIn } from "@parley/core";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { Joined } from "@/components/Joined";
import { Link } from "@/components/Link";
import { LocalText } from "@/components/LocalText";
import { getParley } from "@/data/getParley";
import { countIn, organizationKindLabel } from "@/lib/labels";
import { pathFor } from "@/lib/paths";
import { nameOf, pageText } from "./pageText";

function metadata(language: Language): Metadata {
  const text = pageText[language].organizations;
  return pageMetadata({ path: "/organizations/", title: text.title, description: text.description });
}

type Organization = ReturnType<typeof getParley>["dataset"]["organizations"][number];

/** Every organization by kind, the kinds and the names in the order of the page's language. */
function OrganizationsIndex({ language }: { language: Language }) {
  const text = pageText[language].organizations;
  const parley = getParley();
  const byKind = new Map<OrganizationKind, { organization: Organization; name: TextIn }[]>();
  const named = parley.dataset.organizations
    .map((o) => ({ organization: o, name: nameOf(o, language) }))
    .sort((a, b) => a.name.text.localeCompare(b.name.text, language));
  for (const entry of named) {
    const list = byKind.get(entry.organization.kind) ?? [];
    list.push(entry);
    byKind.set(entry.organization.kind, list);
  }
  const kinds = [...byKind.keys()].sort((a, b) =>
    organizationKindLabel(a, language).localeCompare(organizationKindLabel(b, language), language),
  );
  return (
    <SectionPage
      path="/organizations/"
      crumb={text.title}
      title={text.title}
      lede={text.lede(countIn(language, named.length, pageText[language].counts.organizations))}
      language={language}
    >
      <nav aria-label={text.kinds}>
        <p>
          <Joined items={kinds} separator=" · ">
            {(k) => <a href={`#kind-${k}`}>{organizationKindLabel(k, language).toLocaleLowerCase(language)}</a>}
          </Joined>
        </p>
      </nav>
      <div className="columns">
        {kinds.map((k) => (
          <section key={k} aria-labelledby={`kind-${k}`}>
            <h2 id={`kind-${k}`}>{organizationKindLabel(k, language)}</h2>
            <ul className="plain-list">
              {byKind.get(k)!.map(({ organization: o, name }) => (
                <li key={o.id}>
                  <Link href={pathFor("organizations", o.id)}>
                    <LocalText value={name} language={language} />
                  </Link>
                  {o.countries.length > 0 ? (
                    <span className="meta"> — {o.countries.map((c) => parley.labelOf(c, language)).join(", ")}</span>
                  ) : null}
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
export const organizationsIndex: RouteModule = { metadata, Page: OrganizationsIndex };
