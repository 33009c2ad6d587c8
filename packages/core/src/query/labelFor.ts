import type { Dataset } from "../schema/Dataset.js";
import type { ParleyIndex } from "./buildIndex.js";

type Records = { [K in keyof Dataset]: Dataset[K] extends readonly (infer R)[] ? R : never };

/** A short human label for any id: a person's name, an event's title, a post's label…; the id itself when unknown. */
export function labelFor(index: ParleyIndex, id: string): string {
  const found = index.byId.get(id);
  if (!found) return id;
  switch (found.kind) {
    case "events":
      return (found.record as Records["events"]).title;
    case "documents":
      return (found.record as Records["documents"]).title;
    case "sources":
      return (found.record as Records["sources"]).title;
    case "posts":
      return (found.record as Records["posts"]).label;
    case "topics":
      return (found.record as Records["topics"]).label;
    case "memberships": {
      const m = found.record as Records["memberships"];
      return `${labelFor(index, m.person)} — ${labelFor(index, m.post)}`;
    }
    case "statements":
      return (found.record as Records["statements"]).summary;
    case "disagreements":
      return (found.record as Records["disagreements"]).question;
    case "people":
    case "organizations":
    case "places":
    case "countries":
      return (found.record as Records["people"]).name;
  }
}
