import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/i18n/routeExports";
import type { Metadata } from "next";
import { YearBars } from "@/charts/YearBars";
import { EventList } from "@/components/EventList";
import { Link } from "@/components/Link";
import { getParley } from "@/data/getParley";
import { formatEdtf } from "@/lib/formatEdtf";
import { site } from "@/lib/site";

function metadata(language: Language): Metadata {
  return {
    alternates: { canonical: "/" },
    openGraph: { title: site.name, description: site.description, url: "/" },
  };
}

/** The home page: what Parley is, its numbers, the latest events, a compact timeline and ways in. */
function HomePage({ language }: { language: Language }) {
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
    { n: stats.counts.events, label: "events", href: "/events/" },
    { n: stats.counts.people, label: "people", href: "/people/" },
    { n: stats.counts.organizations, label: "organizations", href: "/organizations/" },
    { n: stats.counts.sources, label: "sources", href: "/sources/" },
    { n: stats.counts.disagreements, label: "recorded disagreements", href: "/methodology/#disagreements" },
  ];
  return (
    <div className="page">
      <h1>Vietnam–Russia relations, source by source</h1>
      <p className="lede">
        Parley records who met whom between Vietnam and Russia — when, where, in which office, about what, and what was
        signed — centred on the two countries&apos; parliaments. Every fact links to the source that states it, dates
        keep the precision the sources give, and where sources disagree every version is kept.
      </p>
      <ul className="stats" aria-label="Key numbers">
        {numbers.map((x) => (
          <li key={x.label}>
            <Link href={x.href}>
              <strong>{x.n.toLocaleString("en")}</strong> {x.label}
            </Link>
          </li>
        ))}
      </ul>
      <p className="meta">
        From {formatEdtf(stats.dateRange.earliest)} to {formatEdtf(stats.dateRange.latest)}.
      </p>

      <div className="columns">
        <section aria-labelledby="latest">
          <h2 id="latest">Latest events</h2>
          <EventList events={latest} />
          <p>
            <Link href="/timeline/">The full timeline</Link>
          </p>
        </section>
        <section aria-labelledby="start">
          <h2 id="start">Start here</h2>
          <ul className="plain-list">
            <li>
              <Link href="/timeline/?kind=official-visit">Official visits</Link> — filter the timeline by kind, person,
              organization, country, topic or period
            </li>
            <li>
              <Link href="/people/vyacheslav-volodin/">Vyacheslav Volodin</Link>,{" "}
              <Link href="/people/vuong-dinh-hue/">Vương Đình Huệ</Link> — offices over time and who they met
            </li>
            <li>
              <Link href="/events/2023-10-volodin-visit-vietnam/">The October 2023 Duma visit to Hanoi</Link> —
              meetings, posts held that day, and where sources disagree
            </li>
            <li>
              <Link href="/network/">Who met whom</Link> — the network of shared events, by period
            </li>
            <li>
              <Link href="/data/">Download the data</Link> — JSON, CSV, Popolo, iCalendar, PLOVER
            </li>
            <li>
              <Link href="/methodology/">Methodology</Link> — what counts, how facts are checked, how to report an error
            </li>
          </ul>
        </section>
      </div>

      {recent.length > 0 ? (
        <section aria-labelledby="per-year">
          <h2 id="per-year">Visits and meetings per year since 2010</h2>
          <YearBars counts={recent} title="Top-level events per year since 2010" />
        </section>
      ) : null}
    </div>
  );
}

/** The page in every language. */
export const homePage: RouteModule = { metadata, Page: HomePage };
