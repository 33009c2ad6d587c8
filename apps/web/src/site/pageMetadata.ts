import { plainText } from "@parley/core";
import type { Metadata } from "next";

/** What a page tells browsers and search engines about itself. */
export interface PageDescription {
  /** The page's path, with its trailing slash: the canonical address. */
  path: string;
  /** The title, before the site's name is added by the layout's template. */
  title: string;
  /** One or two sentences for search results and link previews (links to records are shown as their words). */
  description: string;
  /** False for pages that only work in a browser (search, curate): followed, not indexed. */
  index?: boolean;
}

/** A page's metadata: title, description, canonical address and, for tools, that it stays out of search indexes. */
export function pageMetadata({ path, title, description, index = true }: PageDescription): Metadata {
  return {
    title,
    description: plainText(description),
    alternates: { canonical: path },
    ...(index ? {} : { robots: { index: false, follow: true } }),
  };
}
