import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import type { Parley } from "@parley/core";
import type { Metadata } from "next";
import { YearBars } from "@/charts/YearBars";
import { EventList } from "@/components/EventList";
import { Link } from "@/components/Link";
import { getParley } from "@/data/getParley";
import { localePath } from "@/i18n/localePath";
import { formatEdtf } from "@/lib/formatEdtf";
import { pathFor } from "@/lib/paths";
import { site } from "@/lib/site";
import { LanguageOffer } from "@/site/LanguageOffer";
import { languageOfferText } from "@/site/languageOfferText";
import { siteText } from "@/site/siteText";
import { nameOf, pageText, PersonName, StrongCount } from "./pageText";

function metadata(language: Language): Metadata {
  return {
    alternates: { canonical: "/" },
    openGraph: { title: site.name, description: siteText[language].description, url: localePath(language, "/") },
  };
}

/** A person the home page suggests starting from, linked and named in the page's language. */
function PersonLink({ parley, id, language }: { parley: Parley; id: string; language: Language }) {
  const person = parley.getPerson(id);
  if (!person.ok) return null;
  return (
    <Link href={pathFor("people", id)}>
      <PersonName value={nameOf(person.value, language)} language={language} />
    </Link>
  );
}

/**
 * The home page: what Parley is, its numbers, the latest events, a compact timeline and ways in; the English one offers
 * a browser that prefers Vietnamese or Russian its site, once.
 */
function HomePage({ language }: { language: Language }) {
  const text = pageText[language].home;
  const counts = pageText[language].counts;
  const parley = getParley();
  const stats = parley.stats();
  const topLevel = parley.timeline({ topLevelOnly: true });
  const latest = [...topLevel].reverse().slice(0, 6);
  const perYear = new Map<number, number>();
  for (const e of topLevel) {
    const day = parley.boundsOf(e.id)?.earliest;
    if (day) perYear.set(Number(day.slice(0, 4)), (perYear.get(Number(day.slice(0, 4))) ?? 0) + 1);
  }
  const recent = [...perYear].filter(([y]) => y >= 2010).map(([year, count]) => ({ year, count }));
  const numbers = [
    { key: "events", n: stats.counts.events, words: counts.events, href: "/events/" },
    { key: "people", n: stats.counts.people, words: counts.people, href: "/people/" },
    { key: "organizations", n: stats.counts.organizations, words: counts.organizations, href: "/organizations/" },
    { key: "sources", n: stats.counts.sources, words: counts.sources, href: "/sources/" },
    {
      key: "disagreements",
      n: stats.counts.disagreements,
      words: counts.disagreements,
      href: "/methodology/#disagreements",
    },
  ];
  return (
    <div className="page">
      <h1>{siteText[language].tagline}</h1>
      <p className="lede">{text.lede}</p>
      <ul className="stats" aria-label={text.keyNumbers}>
        {numbers.map((x) => (
          <li key={x.key}>
            <Link href={x.href}>
              <StrongCount language={language} count={x.n} words={x.words} />
            </Link>
          </li>
        ))}
      </ul>
      <p className="meta">
        {text.range(formatEdtf(stats.dateRange.earliest, language), formatEdtf(stats.dateRange.latest, language))}
      </p>

      <div className="columns">
        <section aria-labelledby="latest">
          <h2 id="latest">{text.latest}</h2>
          <EventList events={latest} language={language} />
          <p>
            <Link href="/timeline/">{text.fullTimeline}</Link>
          </p>
        </section>
        <section aria-labelledby="start">
          <h2 id="start">{text.startHere}</h2>
          <ul className="plain-list">
            <li>
              <Link href="/timeline/?kind=official-visit">{text.officialVisits}</Link> — {text.officialVisitsWhat}
            </li>
            <li>
              <PersonLink parley={parley} id="vyacheslav-volodin" language={language} />,{" "}
              <PersonLink parley={parley} id="vuong-dinh-hue" language={language} /> — {text.peopleWhat}
            </li>
            <li>
              <Link href="/events/2023-10-volodin-visit-vietnam/">{text.dumaVisit}</Link> — {text.dumaVisitWhat}
            </li>
            <li>
              <Link href="/network/">{text.network}</Link> — {text.networkWhat}
            </li>
            <li>
              <Link href="/data/">{text.data}</Link> — {text.dataWhat}
            </li>
            <li>
              <Link href="/methodology/">{text.methodology}</Link> — {text.methodologyWhat}
            </li>
          </ul>
        </section>
      </div>

      {recent.length > 0 ? (
        <section aria-labelledby="per-year">
          <h2 id="per-year">{text.perYear}</h2>
          <YearBars counts={recent} title={text.perYearChart} />
        </section>
      ) : null}
      {language === "en" ? <LanguageOffer offers={languageOfferText} /> : null}
    </div>
  );
}

/** The page in every language. */
export const homePage: RouteModule = { metadata, Page: HomePage };
