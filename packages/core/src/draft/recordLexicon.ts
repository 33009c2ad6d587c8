import { dateBounds } from "../dates/dateBounds.js";
import { termCovers, termSpan, type TermSpan } from "../dates/termSpan.js";
import type { Dataset } from "../schema/Dataset.js";
import type { Event } from "../schema/Event.js";
import { foldChars } from "./foldChars.js";
import { cyrillicKey, latinToCyrillic, vietnameseToCyrillic } from "./nameForms.js";

/** One way of writing a recorded name, as word keys. */
export interface NameForm {
  /** Record id. */
  id: string;
  /** Word keys: folded Latin, or `cyrillicKey` for Cyrillic. */
  words: readonly string[];
  /** Whether the form is written in Cyrillic (its words may carry case endings in the text). */
  cyrillic: boolean;
  /** A short form (a surname or a given name alone), trusted only in some contexts. */
  short: boolean;
}

/** The names of a dataset's records, prepared for finding them in text; built once per dataset. */
export interface RecordLexicon {
  /** Person name forms. */
  people: readonly NameForm[];
  /** Place, organization and topic names: folded phrase → id and kind. */
  phrases: readonly { phrase: string; id: string; kind: "place" | "organization" | "topic" }[];
  /** Term spans of each person's memberships, by person id. */
  terms: ReadonlyMap<string, readonly { post: string; span: TermSpan }[]>;
  /** Holders of each post, with their term spans. */
  holders: ReadonlyMap<string, readonly { person: string; span: TermSpan }[]>;
  /** Nationality of each person. */
  nationality: ReadonlyMap<string, readonly string[]>;
  /** Country of each post. */
  postCountry: ReadonlyMap<string, string>;
  /** Posts held by one person at a time. */
  singleHolder: ReadonlySet<string>;
  /** Events with their date bounds, for matching. */
  events: readonly { event: Event; earliest: string; latest: string }[];
  /** Places each place lies within (transitively), by place id. */
  within: ReadonlyMap<string, readonly string[]>;
}

/** Vietnamese and Russian names of the places Parley's sources name most, where the record keeps English only. */
const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  hanoi: ["Hà Nội", "Ханой"],
  moscow: ["Moskva", "Mát-xcơ-va", "Москва"],
  vietnam: ["Việt Nam"],
  sochi: ["Сочи"],
  kremlin: ["Điện Kremlin", "Кремль"],
  "red-square": ["Quảng trường Đỏ", "Красная площадь"],
  "noi-bai-international-airport": ["sân bay quốc tế Nội Bài", "Nội Bài", "аэропорт Нойбай", "Нойбай"],
  "national-assembly-house": ["Nhà Quốc hội", "здание Национального собрания"],
  "ho-chi-minh-mausoleum": ["Lăng Chủ tịch Hồ Chí Minh", "Мавзолей Хо Ши Мина", "мавзолей Хо Ши Мина"],
};

const isCyrillic = (text: string) => /[\u0400-\u04ff]/u.test(text);
const wordsOf = (text: string) =>
  foldChars(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function formsOf(id: string, names: readonly string[], nationality: readonly string[]): NameForm[] {
  const forms: NameForm[] = [];
  const add = (text: string, cyrillic: boolean) => {
    const words = cyrillic ? wordsOf(text).map(cyrillicKey) : wordsOf(text);
    if (words.length === 0 || forms.some((f) => f.cyrillic === cyrillic && f.words.join(" ") === words.join(" ")))
      return;
    forms.push({ id, words, cyrillic, short: false });
  };
  for (const name of names) {
    add(name, isCyrillic(name));
    if (isCyrillic(name)) continue;
    if (nationality.includes("vn")) add(vietnameseToCyrillic(name), true);
    else if (nationality.includes("ru")) add(latinToCyrillic(name), true);
  }
  // Short forms: a Russian's surname, a Vietnamese's given name (the last word in both).
  for (const form of [...forms]) {
    if (form.words.length < 2) continue;
    const last = form.words[form.words.length - 1]!;
    if (!forms.some((f) => f.short && f.cyrillic === form.cyrillic && f.words[0] === last))
      forms.push({ id, words: [last], cyrillic: form.cyrillic, short: true });
  }
  return forms;
}

const cache = new WeakMap<Dataset, RecordLexicon>();

/** The lexicon of a dataset's names, terms and events (cached per dataset object). */
export function recordLexicon(dataset: Dataset): RecordLexicon {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const people = dataset.people.flatMap((p) =>
    formsOf(
      p.id,
      [p.name, ...(p.nativeName ? [p.nativeName.name] : []), ...p.otherNames.map((o) => o.name)],
      p.nationality,
    ),
  );
  const phrases: RecordLexicon["phrases"][number][] = [];
  const addPhrase = (text: string, id: string, kind: "place" | "organization" | "topic") => {
    const phrase = wordsOf(text).join(" ");
    if (phrase.length >= 3) phrases.push({ phrase, id, kind });
  };
  for (const p of dataset.places)
    for (const n of [p.name, p.nativeName?.name, ...p.otherNames.map((o) => o.name)])
      if (n) addPhrase(n, p.id, "place");
  for (const [id, aliases] of Object.entries(PLACE_ALIASES))
    if (dataset.places.some((p) => p.id === id)) for (const n of aliases) addPhrase(n, id, "place");
  for (const o of dataset.organizations)
    for (const n of [o.name, o.nativeName?.name, ...o.otherNames.map((x) => x.name)])
      if (n && n.length > 3) addPhrase(n, o.id, "organization");
  for (const t of dataset.topics) for (const n of [t.label, ...t.aliases]) addPhrase(n, t.id, "topic");
  phrases.sort((a, b) => b.phrase.length - a.phrase.length);
  const terms = new Map<string, { post: string; span: TermSpan }[]>();
  const holders = new Map<string, { person: string; span: TermSpan }[]>();
  for (const m of dataset.memberships) {
    const span = termSpan(m);
    (terms.get(m.person) ?? terms.set(m.person, []).get(m.person)!).push({ post: m.post, span });
    (holders.get(m.post) ?? holders.set(m.post, []).get(m.post)!).push({ person: m.person, span });
  }
  const within = new Map<string, string[]>();
  const parentOf = new Map(dataset.places.map((p) => [p.id, p.within]));
  for (const p of dataset.places) {
    const chain: string[] = [];
    for (let up = p.within; up && !chain.includes(up); up = parentOf.get(up)) chain.push(up);
    within.set(p.id, chain);
  }
  const events = dataset.events.flatMap((event) => {
    const bounds = dateBounds(event.date);
    return bounds?.earliest && bounds.latest ? [{ event, earliest: bounds.earliest, latest: bounds.latest }] : [];
  });
  const lexicon: RecordLexicon = {
    people,
    phrases,
    terms,
    holders,
    nationality: new Map(dataset.people.map((p) => [p.id, p.nationality])),
    postCountry: new Map(dataset.posts.map((p) => [p.id, p.country ?? ""])),
    singleHolder: new Set(dataset.posts.filter((p) => p.singleHolder).map((p) => p.id)),
    events,
    within,
  };
  cache.set(dataset, lexicon);
  return lexicon;
}

/** Whether a term may cover the whole of a date span (certainly or possibly). */
export function termHolds(span: TermSpan, earliest: string, latest: string): boolean {
  return termCovers(span, earliest, latest) !== "impossible";
}
