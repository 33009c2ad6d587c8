import type { Statement } from "../schema/Statement.js";
import type { ParleyIndex } from "./buildIndex.js";
import { EMPTY, frozenList } from "./frozenList.js";
import type { Frozen } from "./Parley.js";
import { relations, type Grouped } from "./relations.js";

/** Statements made at an event, by a person, or about a topic. */
export function statementsOf(index: ParleyIndex, grouped: Grouped, id: string): readonly Frozen<Statement>[] {
  const kind = index.byId.get(id)?.kind;
  if (kind === "events") return frozenList(index.statementsByEvent.get(id) ?? EMPTY);
  if (kind === "people") return frozenList(index.statementsBySpeaker.get(id) ?? EMPTY);
  if (kind === "topics") return frozenList(grouped(relations.statementTopics).get(id) ?? EMPTY);
  return EMPTY;
}
