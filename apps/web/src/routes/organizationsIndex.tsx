import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/i18n/routeExports";
import type { OrganizationKind } from "@parley/core";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { Joined } from "@/components/Joined";
import { Link } from "@/components/Link";
import { getParley } from "@/data/getParley";
import { organizationKindLabel } from "@/lib/labels";
import { pathFor } from "@/lib/paths";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/organizations/",
    title: "Organizations",
    description: "Legislatures, chambers, parties, ministries, bilateral mechanisms and publishers in Parley.",
  });
}

function OrganizationsIndex({ language }: { language: Language }) {
  const parley = getParley();
  const byKind = new Map<OrganizationKind, (typeof parley.dataset.organizations)[number][]>();
  for (const o of [...parley.dataset.organizations].sort((a, b) => a.name.localeCompare(b.name, "en"))) {
    const list = byKind.get(o.kind) ?? [];
    list.push(o);
    byKind.set(o.kind, list);
  }
  const kinds = [...byKind.keys()].sort();
  return (
    <SectionPage
      path="/organizations/"
      crumb="Organizations"
      title="Organizations"
      lede={`${parley.dataset.organizations.length} organizations, by kind.`}
    >
      <nav aria-label="Kinds of organization">
        <p>
          <Joined items={kinds} separator=" · ">
            {(k) => <a href={`#kind-${k}`}>{organizationKindLabel(k).toLowerCase()}</a>}
          </Joined>
        </p>
      </nav>
      <div className="columns">
        {kinds.map((k) => (
          <section key={k} aria-labelledby={`kind-${k}`}>
            <h2 id={`kind-${k}`}>{organizationKindLabel(k)}</h2>
            <ul className="plain-list">
              {byKind.get(k)!.map((o) => (
                <li key={o.id}>
                  <Link href={pathFor("organizations", o.id)}>{o.name}</Link>
                  {o.countries.length > 0 ? (
                    <span className="meta"> — {o.countries.map((c) => parley.labelOf(c)).join(", ")}</span>
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
