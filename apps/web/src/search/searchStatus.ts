import type { EngineState } from "./useSearchEngine";

/** Where the status line stands: under the full results page's form, or in the type-ahead dialog. */
export type SearchStatusPlace = "page" | "dialog";

const HINT: Readonly<Record<SearchStatusPlace, string>> = {
  page:
    "Type a name, place, topic, office or event title. Accents and script do not matter: " +
    "“vuong dinh hue” finds Vương Đình Huệ and “Володин” finds Volodin.",
  dialog: "Type a name, place, topic or event. Accents and script do not matter.",
};

/**
 * The search's status line, read aloud as it changes: a hint before typing, the index loading or failing, nothing
 * found, or how many results (the page marks a full list with "+"; the dialog says how to pick one).
 */
export function searchStatus(
  place: SearchStatusPlace,
  { engine, query, count, limit }: { engine: EngineState; query: string; count: number; limit: number },
): string {
  const q = query.trim();
  if (place === "page" && q === "") return HINT.page;
  if (engine.status === "loading") return "Loading the search index…";
  if (engine.status === "error") return `Search is unavailable: ${engine.message}.`;
  if (q === "") return HINT.dialog;
  if (count === 0)
    return place === "page"
      ? `Nothing found for “${q}”. Try fewer words, another spelling, or browse the indexes below.`
      : `Nothing found for “${q}”.`;
  const results = `result${count === 1 ? "" : "s"}`;
  return place === "page"
    ? `${count}${count === limit ? "+" : ""} ${results} for “${q}”.`
    : `${count} ${results}; use the arrow keys and Enter.`;
}
