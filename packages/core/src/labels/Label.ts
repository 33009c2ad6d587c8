import type { Language } from "./Language.js";

/** A piece of interface text in each language Parley speaks; a table lacking one fails the typecheck. */
export interface Label {
  /** The English text. */
  readonly en: string;
  /** The Vietnamese text. */
  readonly vi: string;
  /** The Russian text. */
  readonly ru: string;
}

/**
 * A language a `Label` is written in.
 * @deprecated Use `Language`.
 */
export type LabelLanguage = Language;

/** A label for each value of a controlled list, keyed by the value. */
export type LabelTable<K extends string> = Readonly<Record<K, Label>>;
