import { createSearchIndex, type Dataset, type SerializedSearchIndex } from "@parley/core";

/** The names and titles core's search reads from a dataset: every other field is left out of the browser's download. */
export interface SearchRecords {
  people: { id: string; name: string; nativeName?: { name: string }; otherNames: { name: string }[] }[];
  organizations: SearchRecords["people"];
  places: SearchRecords["people"];
  countries: SearchRecords["people"];
  posts: { id: string; label: string; otherLabels: string[] }[];
  topics: { id: string; label: string; aliases: string[] }[];
  events: { id: string; title: string }[];
  documents: { id: string; title: string }[];
  sources: { id: string; title: string; publisher: string | null }[];
}

/** What the browser downloads on first search: the prebuilt index and the records it was built from, trimmed to their names. */
export interface SearchPayload {
  index: SerializedSearchIndex;
  records: SearchRecords;
}

const named = (r: { id: string; name: string; nativeName?: { name: string }; otherNames: readonly { name: string }[] }) => ({
  id: r.id,
  name: r.name,
  ...(r.nativeName ? { nativeName: { name: r.nativeName.name } } : {}),
  otherNames: r.otherNames.map((n) => ({ name: n.name })),
});

/** The names and titles of a dataset that search needs. */
export function searchRecords(dataset: Dataset): SearchRecords {
  return {
    people: dataset.people.map(named),
    organizations: dataset.organizations.map(named),
    places: dataset.places.map(named),
    countries: dataset.countries.map(named),
    posts: dataset.posts.map((p) => ({ id: p.id, label: p.label, otherLabels: [...p.otherLabels] })),
    topics: dataset.topics.map((t) => ({ id: t.id, label: t.label, aliases: [...t.aliases] })),
    events: dataset.events.map((e) => ({ id: e.id, title: e.title })),
    documents: dataset.documents.map((d) => ({ id: d.id, title: d.title })),
    sources: dataset.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher })),
  };
}

/**
 * The search records as the dataset `loadSearchIndex` expects. Core's search reads only names and titles, so the
 * trimmed records stand in for the full dataset; `loadSearchIndex` refuses them (fingerprint check) should that ever change.
 */
export function asSearchDataset(records: SearchRecords): Dataset {
  return { ...records, memberships: [], statements: [], disagreements: [] } as unknown as Dataset;
}

/** Builds the search download at build time. */
export function searchPayload(dataset: Dataset): SearchPayload {
  return { index: createSearchIndex(dataset).toJSON(), records: searchRecords(dataset) };
}
