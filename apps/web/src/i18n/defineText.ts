import type { Language } from "@parley/core/search";

/** A text table's shape with every literal widened to `string`, so each language can word it its own way. */
export type Worded<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R extends string ? string : R
    : { readonly [K in keyof T]: Worded<T[K]> };

/** An area's interface texts in every language, each shaped like the English. */
export type TextTable<T> = Readonly<Record<Language, Worded<T>>>;

/**
 * An area's interface texts in English, Vietnamese and Russian. The English sets the keys: a key missing in another
 * language, or one too many, fails the typecheck. Client components receive one language's texts as props, so a page
 * ships only its own language.
 */
export function defineText<T>(table: { en: T; vi: NoInfer<Worded<T>>; ru: NoInfer<Worded<T>> }): TextTable<T> {
  return table as TextTable<T>;
}
