import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { Link } from "@/components/Link";
import { LocalText } from "@/components/LocalText";
import { getParley } from "@/data/getParley";
import { countIn, placeKindLabel } from "@/lib/labels";
import { pathFor } from "@/lib/paths";
import { nameOf, pageText } from "./pageText";

function metadata(language: Language): Metadata {
  const text = pageText[language].places;
  return pageMetadata({ path: "/places/", title: text.title, description: text.description });
}

/** Every place by country, with its kind and how many events took place there. */
function PlacesIndex({ language }: { language: Language }) {
  const text = pageText[language].places;
  const counts = pageText[language].counts;
  const parley = getParley();
  const countries = [...new Set(parley.dataset.places.map((p) => p.country))].sort((a, b) =>
    parley.labelOf(a, language).localeCompare(parley.labelOf(b, language), language),
  );
  const places = parley.dataset.places
    .map((p) => ({ place: p, name: nameOf(p, language) }))
    .sort((a, b) => a.name.text.localeCompare(b.name.text, language));
  return (
    <SectionPage
      path="/places/"
      crumb={text.title}
      title={text.title}
      lede={text.lede(countIn(language, places.length, counts.places))}
      language={language}
    >
      <div className="columns">
        {countries.map((c) => (
          <section key={c} aria-labelledby={`country-${c}`}>
            <h2 id={`country-${c}`}>{parley.labelOf(c, language)}</h2>
            <ul className="plain-list">
              {places
                .filter(({ place }) => place.country === c)
                .map(({ place: p, name }) => (
                  <li key={p.id}>
                    <Link href={pathFor("places", p.id)}>
                      <LocalText value={name} language={language} />
                    </Link>{" "}
                    <span className="meta">
                      — {placeKindLabel(p.kind, language).toLocaleLowerCase(language)},{" "}
                      {countIn(language, parley.timeline({ places: [p.id] }).length, counts.events)}
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
