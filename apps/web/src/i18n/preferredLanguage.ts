import type { Language } from "@parley/core/search";
import { siteLanguages } from "./localePath";

/**
 * The first of the site's languages in a browser's list of preferred ones (`navigator.languages`, e.g.
 * `["ru-RU", "en-US"]` → "ru"), read by primary subtag; `undefined` when none of them is offered.
 */
export function preferredLanguage(preferences: readonly string[]): Language | undefined {
  for (const tag of preferences) {
    const primary = tag.split("-")[0]?.toLowerCase() ?? "";
    const offered = siteLanguages.find((language) => language === primary);
    if (offered) return offered;
  }
  return undefined;
}
