import type { Language } from "../labels/Language.js";
import type { OtherNameKind } from "../schema/Name.js";
import type { TextIn } from "./textIn.js";

/** A named record: a person, organization, place or country. */
export interface Named {
  readonly name: string;
  readonly nativeName?: { readonly name: string; readonly lang: string } | undefined;
  readonly otherNames?:
    readonly { readonly name: string; readonly lang: string; readonly kind: OtherNameKind }[] | undefined;
  readonly translations?: Readonly<Partial<Record<Language, object>>> | undefined;
}

const baseLanguage = (tag: string) => tag.toLowerCase().split("-")[0];

/**
 * A record's name in a reader's language and script, with the language it is written in: our translation where the
 * record has one (organizations, places, countries), else its native name when that is in the language, else, in
 * Russian, a spelling that sources give ("Чан Тхань Ман") or the Vietnamese original with its diacritics; else the
 * English name (Latin script, as Vietnamese media write Russian names).
 */
export function nameIn(record: Named, language: Language): TextIn {
  if (language === "en") return { text: record.name, lang: "en" };
  const translated = (record.translations?.[language] as { name?: string } | undefined)?.name;
  if (translated !== undefined) return { text: translated, lang: language };
  const native = record.nativeName;
  if (native && baseLanguage(native.lang) === language) return { text: native.name, lang: language };
  if (language === "ru") {
    const spelling = record.otherNames?.find(
      (n) => n.lang.toLowerCase() === "ru" && (n.kind === "translation" || n.kind === "spelling"),
    );
    if (spelling) return { text: spelling.name, lang: "ru" };
    if (native && baseLanguage(native.lang) === "vi") return { text: native.name, lang: "vi" };
  }
  return { text: record.name, lang: "en" };
}
