import type { PlaceKind } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";
import text from "./text/placeKind.json";

/** Every kind of place in words. */
export const placeKindLabels: LabelTable<PlaceKind> = Object.freeze(text);
