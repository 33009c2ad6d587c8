import countries from "../data/countries.json";
import disagreements from "../data/disagreements.json";
import documents from "../data/documents.json";
import events from "../data/events.json";
import memberships from "../data/memberships.json";
import meta from "../data/meta.json";
import organizations from "../data/organizations.json";
import people from "../data/people.json";
import places from "../data/places.json";
import posts from "../data/posts.json";
import redirects from "../data/redirects.json";
import sources from "../data/sources.json";
import statements from "../data/statements.json";
import topics from "../data/topics.json";

/** The shipped data exactly as stored in `data/*.json`, before validation. */
export const rawDataset: unknown = {
  ...meta,
  people,
  organizations,
  posts,
  memberships,
  events,
  documents,
  statements,
  topics,
  places,
  countries,
  sources,
  disagreements,
  redirects,
};
