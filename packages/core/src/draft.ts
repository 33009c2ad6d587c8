// `@parley/core/draft`: turns a news article into cited draft records checked against the record.
// Its own entry, so pages that do not curate never load it; browser-safe (no node: modules).
export { Conflict, ConflictValue, Draft, DraftEvent, DraftEventRole, Mention, MentionKind } from "./draft/Draft.js";
export { draftFromText, MAX_DRAFT_CHARS } from "./draft/draftFromText.js";
export type { DraftOptions, DraftSourceInput } from "./draft/draftFromText.js";
export { detectLanguage } from "./draft/detectLanguage.js";
export type { DraftLanguage } from "./draft/detectLanguage.js";
export { draftJsonSchema } from "./draft/draftJsonSchema.js";
