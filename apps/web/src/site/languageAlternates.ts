import { languages, type Language } from "@parley/core/search";
import type { Metadata } from "next";
import { siteText } from "@/site/siteText";
import { localePath } from "@/i18n/localePath";

/** The Atom feed of the latest events, in each language's site. */
export const FEED_PATH = "/feed.xml";

type Alternates = NonNullable<Metadata["alternates"]>;

/**
 * A page's addresses in every language: its canonical address in its own site, `hreflang` links to the same page in
 * the others, and `x-default` to the English; and
 * the Atom feed of the page's language. The canonical the page gives is its English path.
 */
export function languageAlternates(alternates: Metadata["alternates"], language: Language): Alternates {
  const canonical = typeof alternates?.canonical === "string" ? alternates.canonical : null;
  if (canonical === null) return alternates ?? {};
  const byLanguage: Record<string, string> = {};
  for (const l of languages) byLanguage[l] = localePath(l, canonical);
  byLanguage["x-default"] = canonical;
  return {
    ...alternates,
    canonical: localePath(language, canonical),
    languages: byLanguage,
    types: { "application/atom+xml": [{ url: localePath(language, FEED_PATH), title: siteText[language].feed }] },
  };
}
