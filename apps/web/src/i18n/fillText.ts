import type { Language } from "@parley/core/search";

/** A counted text in each plural category a language has (`Intl.PluralRules`); "other" is always there. */
export type PluralTemplates = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** A text template with its "{name}" slots filled: `fillText("{n} results", { n: "3" })` → "3 results". */
export function fillText(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/gu, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/**
 * The form of a counted template for a number in a language, filled: "{n}" is the number as the language writes it
 * (with `suffix`, e.g. "200+"), other slots as given. Russian needs one, few and many; Vietnamese only other.
 */
export function fillCounted(
  language: Language,
  forms: PluralTemplates,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
  suffix = "",
): string {
  const template = forms[new Intl.PluralRules(language).select(count)] ?? forms.other;
  return fillText(template, { ...values, n: `${count.toLocaleString(language)}${suffix}` });
}
