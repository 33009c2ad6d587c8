import { languageNames, type Language } from "@parley/core/search";
import { Link } from "@/components/Link";
import { SearchLauncher } from "@/search/SearchLauncher";
import { searchText } from "@/search/searchText";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { siteText } from "./siteText";

/** The main sections, in the order the header lists them. */
export const sections = [
  { href: "/timeline/", key: "timeline" },
  { href: "/events/", key: "events" },
  { href: "/people/", key: "people" },
  { href: "/organizations/", key: "organizations" },
  { href: "/network/", key: "network" },
  { href: "/topics/", key: "topics" },
  { href: "/data/", key: "data" },
  { href: "/methodology/", key: "methodology" },
] as const;

/** The site header: name, main sections, the language switcher and the search button. */
export function SiteHeader({ language, switchTo }: { language: Language; switchTo?: string }) {
  const t = siteText[language];
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          Parley
        </Link>
        <LanguageSwitcher language={language} label={t.languageNav} names={languageNames} to={switchTo} />
        <SearchLauncher text={searchText[language]} />
        <nav className="site-nav" aria-label={t.mainNav}>
          <ul>
            {sections.map((s) => (
              <li key={s.href}>
                <Link href={s.href}>{t.sections[s.key]}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
