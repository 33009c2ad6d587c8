import { isLanguage, type Language } from "@parley/core/search";

/** The folder each language's site lives in: English at the root, the others under `/vi/` and `/ru/`. */
export function languagePrefix(language: Language): string {
  return language === "en" ? "" : `/${language}`;
}

/** The language a site path belongs to, and the path as the English site has it. */
export function splitLocalePath(path: string): { language: Language; path: string } {
  const match = /^\/([a-z]{2})(\/.*|)$/.exec(path);
  if (match && isLanguage(match[1]!) && match[1] !== "en") return { language: match[1], path: match[2] || "/" };
  return { language: "en", path };
}

/**
 * A site path in a language's site: `/events/` → `/vi/events/`. Paths already in a language's site, and addresses that
 * are not site paths (`https://…`, `#id`, `?q=`), come back as they are.
 */
export function localePath(language: Language, href: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const { language: already } = splitLocalePath(href);
  if (already !== "en" || language === "en") return href;
  return `${languagePrefix(language)}${href}`;
}

/** The languages with a site of their own under a folder (`/vi/`, `/ru/`). */
export const translatedLanguages = Object.freeze(["vi", "ru"] as const satisfies readonly Language[]);
