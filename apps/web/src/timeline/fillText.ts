import type { Language } from "@parley/core/search";

/**
 * The forms of a counted text by `Intl.PluralRules` category, each a template with `{n}` ("{n} event", "{n} events";
 * Russian needs one/few/many, Vietnamese only other). Plain strings, so a server page can hand one language's forms
 * to a client component.
 */
export type CountedText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A template with its `{name}` slots filled in one pass (a filled value is never read as a slot). */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/** A counted text in a language: the form for `n`, with `{n}` written as the language writes numbers. */
export function counted(
  language: Language,
  n: number,
  forms: CountedText,
  values: Readonly<Record<string, string>> = {},
): string {
  const form = forms[new Intl.PluralRules(language).select(n)] ?? forms.other;
  return fill(form, { ...values, n: n.toLocaleString(language) });
}
