import type { Language } from "@parley/core/search";

// No values from core here: client components use this file, and a value import from core's search entry would put the
// search engine among every page's first scripts.

/** The languages with a site of their own under a folder (`/vi/`, `/ru/`). */
export const translatedLanguages = Object.freeze(["vi", "ru"] as const satisfies readonly Language[]);

/** Every language of the site, in the switcher's order: English at the root, then the translated ones. */
export const siteLanguages = Object.freeze(["en", ...translatedLanguages] as const satisfies readonly Language[]);

/** Whether a folder name is a translated language's site. */
function isTranslated(folder: string): folder is (typeof translatedLanguages)[number] {
  return (translatedLanguages as readonly string[]).includes(folder);
}

/** The folder each language's site lives in: English at the root, the others under `/vi/` and `/ru/`. */
export function languagePrefix(language: Language): string {
  return language === "en" ? "" : `/${language}`;
}

/** The language a site path belongs to, and the path as the English site has it. */
export function splitLocalePath(path: string): { language: Language; path: string } {
  const match = /^\/([a-z]{2})(\/.*|)$/.exec(path);
  if (match && isTranslated(match[1]!)) return { language: match[1], path: match[2] || "/" };
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
