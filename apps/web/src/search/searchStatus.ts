import type { Language } from "@parley/core/search";
import { fillCounted, fillText } from "@/i18n/fillText";
import type { SearchText } from "./searchText";
import type { EngineState } from "./useSearchEngine";

/** Where the status line stands: under the full results page's form, or in the type-ahead dialog. */
export type SearchStatusPlace = "page" | "dialog";

/**
 * The search's status line in the page's language, read aloud as it changes: a hint before typing, the index loading
 * or failing, nothing found, or how many results (the page marks a full list with "+"; the dialog says how to pick one).
 */
export function searchStatus(
  place: SearchStatusPlace,
  { engine, query, count, limit }: { engine: EngineState; query: string; count: number; limit: number },
  text: SearchText["status"],
  language: Language,
): string {
  const q = query.trim();
  if (place === "page" && q === "") return text.hintPage;
  if (engine.status === "loading") return text.loading;
  if (engine.status === "error") return fillText(text.unavailable, { message: engine.message });
  if (q === "") return text.hintDialog;
  if (count === 0) return fillText(place === "page" ? text.nothingPage : text.nothingDialog, { q });
  return place === "page"
    ? fillCounted(language, text.countPage, count, { q }, count === limit ? "+" : "")
    : fillCounted(language, text.countDialog, count);
}
