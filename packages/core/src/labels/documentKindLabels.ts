import type { DocumentKind } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";
import text from "./text/documentKind.json";

/** Every kind of document in words. */
export const documentKindLabels: LabelTable<DocumentKind> = Object.freeze(text);
