// `@parley/core/draft`: turns a news article into cited draft records checked against the record.
// Its own entry, so pages that do not curate never load it; browser-safe (no node: modules).
export { Conflict, ConflictValue, Draft, DraftEvent, DraftEventRole, Mention, MentionKind } from "./draft/Draft.js";
