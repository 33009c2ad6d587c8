import type { ReactNode } from "react";
import { Link } from "./Link";

/** A page's breadcrumbs, heading and a short line under it. */
export function PageTitle({
  crumbs = [],
  title,
  kicker,
  lede,
}: {
  crumbs?: readonly { href: string; label: string }[];
  title: ReactNode;
  kicker?: ReactNode;
  lede?: ReactNode;
}) {
  return (
    <>
      {crumbs.length > 0 ? (
        <nav className="breadcrumbs" aria-label="Breadcrumbs">
          <ol>
            <li>
              <Link href="/">Home</Link>
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
