import type { Dataset } from "@parley/core";
import type { Draft } from "@parley/core/draft";

/** What the curator knows of the article, as the form collects it. */
export interface ArticleFacts {
  url: string;
  published: string;
  publisher: string;
  /** en, vi, ru, or "" to detect it. */
  language: string;
}

/** Drafts records from an article's text or HTML, matched against the record. */
export type Drafter = (text: string, facts: ArticleFacts) => Draft;

let loading: Promise<Drafter> | undefined;

/**
 * Loads the drafter and the record it matches against, once per page: core's draft entry (only this page
 * loads it) and the site's own dataset export, `/data/parley.json`.
 */
export function loadDrafter(): Promise<Drafter> {
  loading ??= (async () => {
    const [draft, response] = await Promise.all([import("@parley/core/draft"), fetch("/data/parley.json")]);
    if (!response.ok) throw new Error(`the record could not be loaded (HTTP ${response.status})`);
    const dataset = (await response.json()) as Dataset;
    return (text, facts) =>
      draft.draftFromText(text, {
        dataset,
        source: {
          url: facts.url.trim() || null,
          published: facts.published || null,
          publisher: facts.publisher.trim() || null,
          ...(facts.language ? { language: facts.language } : {}),
        },
      });
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
