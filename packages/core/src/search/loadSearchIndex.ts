import MiniSearch, { type AsPlainObject } from "minisearch";
import { isLanguage } from "../labels/Language.js";
import type { Dataset } from "../schema/Dataset.js";
import {
  assembleSearchIndex,
  indexPart,
  SEARCH_FIELDS,
  SEARCH_INDEX_FORMAT,
  SEARCH_INDEX_VERSION,
  type IndexPart,
} from "./assembleSearchIndex.js";
import { fingerprintOf } from "./fingerprintOf.js";
import { searchEntries, type SearchRecords } from "./searchEntries.js";
import type { SearchIndex, SerializedSearchIndex, SerializedSearchPart } from "./SearchIndex.js";
import { searchTermsWith } from "./searchTermsWith.js";
import { tableTransliterator } from "./tableTransliterator.js";
import { tokenize } from "./tokenize.js";

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object";
const isPart = (value: unknown): value is SerializedSearchPart =>
  isObject(value) && Array.isArray(value.records) && isObject(value.index) && Array.isArray(value.commonWords);
const isRecords = (value: unknown): value is SearchRecords =>
  isObject(value) &&
  (["kinds", "ids", "labels", "langs", "dates", "parents"] as const).every(
    (list) => Array.isArray(value[list]) && (value[list] as unknown[]).length === (value.ids as unknown[]).length,
  );

function loadPart(part: SerializedSearchPart): IndexPart {
  const mini = MiniSearch.loadJS<number>(part.index as AsPlainObject, {
    fields: SEARCH_FIELDS,
    storeFields: [],
    tokenize,
  });
  return indexPart(
    part.records,
    mini,
    part.commonWords.map(String),
    (part.index as AsPlainObject).index.map(([term]) => term),
  );
}

/**
 * Loads an index made by `toJSON()` (as an object or a JSON string), labelled in the language it was built for. It
 * needs no dataset: given one, it refuses an index built from other data. Throws a one-line error when the JSON is
 * not such an index or does not match.
 */
export function loadSearchIndex(json: string | SerializedSearchIndex, dataset?: Dataset): SearchIndex {
  let value: unknown = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new Error("the search index is not valid JSON", { cause: error });
    }
  }
  const index = value as Partial<SerializedSearchIndex> | null;
  if (!isObject(index) || index.format !== SEARCH_INDEX_FORMAT || index.version !== SEARCH_INDEX_VERSION) {
    throw new Error(
      `this is not a Parley search index (expected format ${SEARCH_INDEX_FORMAT}, version ${SEARCH_INDEX_VERSION})`,
    );
  }
  if (
    typeof index.language !== "string" ||
    !isLanguage(index.language) ||
    !isRecords(index.records) ||
    !isPart(index.named) ||
    !Array.isArray(index.named.spellings) ||
    !isPart(index.titled) ||
    !isPart(index.described) ||
    !isObject(index.transliterations)
  ) {
    throw new Error("the search index could not be read: a part is missing");
  }
  if (dataset !== undefined) {
    const fingerprint = fingerprintOf(searchEntries(dataset, { language: index.language }));
    if (index.fingerprint !== fingerprint) {
      throw new Error(
        `the search index was built from other data (index ${String(index.fingerprint)}, dataset ${fingerprint}); rebuild it`,
      );
    }
  }
  try {
    const { named, titled, described } = index as SerializedSearchIndex;
    const transliterations = index.transliterations;
    const titledPart = loadPart(titled);
    const describedPart = loadPart(described);
    return assembleSearchIndex({
      language: index.language,
      records: index.records,
      named: loadPart(named),
      spellings: named.spellings,
      titled: () => titledPart,
      described: () => describedPart,
      queryTerms: searchTermsWith(tableTransliterator(transliterations)),
      transliterations: () => transliterations,
      fingerprint: () => String(index.fingerprint),
    });
  } catch (error) {
    throw new Error(`the search index could not be read: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
