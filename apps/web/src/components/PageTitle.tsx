import type { Language } from "@parley/core/search";
import type { ReactNode } from "react";
import { Link } from "./Link";
import { pageTitleText } from "./pageTitleText";

/** A page's breadcrumbs, heading and a short line under it, in the page's language. */
export function PageTitle({
  crumbs = [],
  title,
  kicker,
  lede,
  language,
}: {
  /** The crumbs after "Home": English-site paths (the links add the language) and labels in the page's language. */
  crumbs?: readonly { href: string; label: string }[];
  title: ReactNode;
  kicker?: ReactNode;
  lede?: ReactNode;
  language: Language;
}) {
  const text = pageTitleText[language];
  return (
    <>
      {crumbs.length > 0 ? (
        <nav className="breadcrumbs" aria-label={text.breadcrumbs}>
          <ol>
            <li>
              <Link href="/">{text.home}</Link>
            </li>
            {crumbs.map((c) => (
              <li key={c.href}>
                <Link href={c.href}>{c.label}</Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {kicker ? (
        <p className="meta" style={{ margin: "0.75rem 0 0" }}>
          {kicker}
        </p>
      ) : null}
      <h1>{title}</h1>
      {lede ? <p className="lede">{lede}</p> : null}
    </>
  );
}
