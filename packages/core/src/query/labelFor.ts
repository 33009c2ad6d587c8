import type { Dataset } from "../schema/Dataset.js";
import type { Language } from "../labels/Language.js";
import { nameIn } from "../translate/nameIn.js";
import { textIn } from "../translate/textIn.js";
import type { ParleyIndex } from "./buildIndex.js";

type Records = { [K in keyof Dataset]: Dataset[K] extends readonly (infer R)[] ? R : never };

/**
 * A short human label for any id in a language (a person's name in the reader's script, an event's title…), the
 * English where no translation exists; the id itself when unknown.
 */
export function labelFor(index: ParleyIndex, id: string, language: Language = "en"): string {
  const found = index.byId.get(id);
  if (!found) return id;
  switch (found.kind) {
    case "events":
      return textIn(found.record as Records["events"], "title", language)!.text;
    case "documents":
      return textIn(found.record as Records["documents"], "title", language)!.text;
    case "sources":
      return (found.record as Records["sources"]).title;
    case "posts":
      return textIn(found.record as Records["posts"], "label", language)!.text;
    case "topics":
      return textIn(found.record as Records["topics"], "label", language)!.text;
    case "memberships": {
      const m = found.record as Records["memberships"];
      return `${labelFor(index, m.person, language)} — ${labelFor(index, m.post, language)}`;
    }
    case "statements":
      return textIn(found.record as Records["statements"], "summary", language)!.text;
    case "disagreements":
      return textIn(found.record as Records["disagreements"], "question", language)!.text;
    case "people":
    case "organizations":
    case "places":
    case "countries":
      return nameIn(found.record as Records["people"], language).text;
  }
}
