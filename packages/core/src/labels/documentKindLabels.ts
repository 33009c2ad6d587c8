import type { DocumentKind } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every kind of document in words. */
export const documentKindLabels: LabelTable<DocumentKind> = Object.freeze({
  treaty: { en: "Treaty" },
  agreement: { en: "Agreement" },
  "joint-statement": { en: "Joint statement" },
  declaration: { en: "Declaration" },
  minutes: { en: "Minutes" },
  memorandum: { en: "Memorandum" },
  regulations: { en: "Regulations" },
  other: { en: "Other" },
});
