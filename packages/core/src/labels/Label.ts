/**
 * A piece of interface text in each language Parley speaks. Only English today; Vietnamese (`vi`) and Russian (`ru`)
 * join as keys here, and the typecheck then points at every table that lacks them.
 */
export interface Label {
  /** The English text. */
  readonly en: string;
}

/** A language a `Label` is written in. */
export type LabelLanguage = keyof Label;

/** A label for each value of a controlled list, keyed by the value. */
export type LabelTable<K extends string> = Readonly<Record<K, Label>>;
