import { recordKindNoun as SINGULAR, type RecordKind } from "../schema/Dataset.js";
import type { NotFound } from "./Parley.js";

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
}

/** The frozen failed lookup of an id: no record with it, or a record of another kind than the one asked for. */
export function notFound(
  id: string,
  kind: RecordKind | "any",
  found: RecordKind | undefined,
): { ok: false; error: NotFound } {
  const error: NotFound =
    found === undefined
      ? {
          code: "not-found",
          id,
          kind,
          message: kind === "any" ? `no record with id "${id}"` : `no ${SINGULAR[kind]} with id "${id}"`,
        }
      : {
          code: "wrong-kind",
          id,
          kind,
          message: `"${id}" is ${withArticle(SINGULAR[found])}, not ${withArticle(SINGULAR[kind as RecordKind])}`,
        };
  return Object.freeze({ ok: false as const, error: Object.freeze(error) });
}
