import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/i18n/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { Link } from "@/components/Link";
import { getParley } from "@/data/getParley";
import { placeKindLabel } from "@/lib/labels";
import { pathFor } from "@/lib/paths";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/places/",
    title: "Places",
    description: "Cities and venues where Vietnam–Russia meetings took place.",
  });
}

function PlacesIndex({ language }: { language: Language }) {
  const parley = getParley();
  const countries = [...new Set(parley.dataset.places.map((p) => p.country))].sort((a, b) =>
    parley.labelOf(a).localeCompare(parley.labelOf(b), "en"),
  );
  return (
    <SectionPage
      path="/places/"
      crumb="Places"
      title="Places"
      lede={`${parley.dataset.places.length} places, by country.`}
    >
      <div className="columns">
        {countries.map((c) => (
          <section key={c} aria-labelledby={`country-${c}`}>
            <h2 id={`country-${c}`}>{parley.labelOf(c)}</h2>
            <ul className="plain-list">
              {parley.dataset.places
                .filter((p) => p.country === c)
                .sort((a, b) => a.name.localeCompare(b.name, "en"))
                .map((p) => (
                  <li key={p.id}>
                    <Link href={pathFor("places", p.id)}>{p.name}</Link>{" "}
                    <span className="meta">
                      — {placeKindLabel(p.kind).toLowerCase()}, {parley.timeline({ places: [p.id] }).length} events
                    </span>
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
export const placesIndex: RouteModule = { metadata, Page: PlacesIndex };
