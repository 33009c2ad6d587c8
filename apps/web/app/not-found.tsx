import type { Metadata } from "next";
import { Link } from "@/components/Link";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/** The 404 page: says what happened and offers search and the main entry points. */
export default function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p className="lede">
        There is no page at this address. The record may have a different id, or the link may be mistyped.
      </p>
      <form className="search-form" action="/search/" method="get" role="search">
        <label htmlFor="not-found-q" className="visually-hidden">
          Search Parley
        </label>
        <input id="not-found-q" name="q" type="search" placeholder="Search people, events, places…" />
        <button className="button" type="submit">
          Search
        </button>
      </form>
      <h2>Or start from</h2>
      <ul className="plain-list prose">
        <li>
          <Link href="/timeline/">The timeline</Link> — every event by year and month
        </li>
        <li>
          <Link href="/people/">People</Link> and <Link href="/organizations/">organizations</Link>
        </li>
        <li>
          <Link href="/network/">Who met whom</Link>
        </li>
        <li>
          <Link href="/">The home page</Link>
        </li>
      </ul>
    </div>
  );
}
