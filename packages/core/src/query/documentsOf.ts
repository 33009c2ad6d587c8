import type { Document } from "../schema/Document.js";
import type { ParleyIndex } from "./buildIndex.js";
import { EMPTY, frozenList } from "./frozenList.js";
import type { Frozen } from "./Parley.js";
import { relations, type Grouped } from "./relations.js";

/** Documents signed or adopted at an event, about a topic, or with an organization, country or person as party. */
export function documentsOf(index: ParleyIndex, grouped: Grouped, id: string): readonly Frozen<Document>[] {
  const kind = index.byId.get(id)?.kind;
  if (kind === "events") return frozenList(index.documentsByEvent.get(id) ?? EMPTY);
  if (kind === "topics") return frozenList(grouped(relations.documentTopics).get(id) ?? EMPTY);
  if (kind === "organizations" || kind === "countries" || kind === "people")
    return frozenList(grouped(relations.documentParties).get(id) ?? EMPTY);
  return EMPTY;
}
