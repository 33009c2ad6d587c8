export { textIn } from "./textIn.js";
export type { TextIn, Translatable } from "./textIn.js";
export { versionValueIn } from "./versionValueIn.js";
export { missingTranslations } from "./missingTranslations.js";
export type { MissingTranslation } from "./missingTranslations.js";
export { nameIn } from "./nameIn.js";
export type { Named } from "./nameIn.js";
