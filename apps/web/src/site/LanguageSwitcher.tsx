"use client";
import { languageNames, languages, type Language } from "@parley/core/search";
import { usePathname } from "next/navigation";
import { localePath, splitLocalePath } from "@/i18n/localePath";

/**
 * Links to the same page in the other languages (or to the English path `to`, e.g. the homes from the 404 page).
 * Plain links: each language is a site of its own, with its own `<html lang>`, so switching loads the page afresh.
 */
export function LanguageSwitcher({ language, label, to }: { language: Language; label: string; to?: string }) {
  const pathname = usePathname() ?? "/";
  const { path } =
    to !== undefined ? { path: to } : splitLocalePath(pathname.endsWith("/") ? pathname : `${pathname}/`);
  return (
    <nav className="language-switcher" aria-label={label}>
      <ul>
        {languages.map((l) => (
          <li key={l}>
            {l === language ? (
              <span aria-current="page" lang={l}>
                {l.toUpperCase()}
                <span className="visually-hidden"> {languageNames[l]}</span>
              </span>
            ) : (
              <a href={localePath(l, path)} hrefLang={l} lang={l} title={languageNames[l]}>
                {l.toUpperCase()}
                <span className="visually-hidden"> {languageNames[l]}</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
