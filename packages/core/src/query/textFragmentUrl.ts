import type { Citation } from "../schema/Citation.js";
import type { Source } from "../schema/Source.js";

/** Percent-encodes text for a text directive, including the `-`, `,` and `&` it uses as syntax. */
function encodeDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, "%2D");
}

/**
 * The source's URL pointing at the cited words (`#:~:text=…`), replacing any `#hash`;
 * the plain URL when the citation has no fragment; null when the source has no URL.
 */
export function textFragmentUrl(citation: Pick<Citation, "fragment">, source: Pick<Source, "url">): string | null {
  const url = source.url;
  if (url === null || url === undefined) return null;
  const fragment = citation.fragment?.replace(/\s+/gu, " ").trim();
  if (!fragment) return url;
  const hash = url.indexOf("#");
  const base = hash === -1 ? url : url.slice(0, hash);
  return `${base}#:~:text=${encodeDirective(fragment)}`;
}
