"use client";
import type { Language } from "@parley/core/search";
import { usePathname } from "next/navigation";
import { localePath, siteLanguages, splitLocalePath } from "@/i18n/localePath";

/**
 * Links to the same page in the other languages (or to the English path `to`, e.g. the homes from the 404 page).
 * Plain links: each language is a site of its own, with its own `<html lang>`, so switching loads the page afresh.
 * Each language's name in its own words (`names`) comes from the server, so no table of core's reaches the browser.
 */
export function LanguageSwitcher({
  language,
  label,
  names,
  to,
}: {
  language: Language;
  label: string;
  names: Readonly<Record<Language, string>>;
  to?: string;
}) {
  const pathname = usePathname() ?? "/";
  const { path } =
    to !== undefined ? { path: to } : splitLocalePath(pathname.endsWith("/") ? pathname : `${pathname}/`);
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {siteLanguages.map((l) => (
          <li key={l}>
            {l === language ? (
              <span aria-current="page" lang={l}>
                {l.toUpperCase()}
                <span className="visually-hidden"> {names[l]}</span>
              </span>
            ) : (
              <a href={localePath(l, path)} hrefLang={l} lang={l} title={names[l]}>
                {l.toUpperCase()}
                <span className="visually-hidden"> {names[l]}</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
