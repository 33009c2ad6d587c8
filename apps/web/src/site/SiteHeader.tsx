import { Link } from "@/components/Link";
import { SearchLauncher } from "@/search/SearchLauncher";

/** The main sections, in the order the header lists them. */
export const sections = [
  { href: "/timeline/", label: "Timeline" },
  { href: "/events/", label: "Events" },
  { href: "/people/", label: "People" },
  { href: "/organizations/", label: "Organizations" },
  { href: "/network/", label: "Network" },
  { href: "/topics/", label: "Topics" },
  { href: "/data/", label: "Data" },
  { href: "/methodology/", label: "Methodology" },
] as const;

/** The site header: name, main sections and the search button. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          Parley
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {sections.map((s) => (
              <li key={s.href}>
                <Link href={s.href}>{s.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <SearchLauncher />
      </div>
    </header>
  );
}
