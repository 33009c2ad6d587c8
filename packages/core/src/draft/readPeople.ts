import type { FoundName, Word } from "./findNames.js";
import { foldChars } from "./foldChars.js";
import type { FoundTitle } from "./findTitles.js";
import type { RecordLexicon } from "./recordLexicon.js";
import { termHolds } from "./recordLexicon.js";

/** A person named in the text, recorded or not, with the post the article gives them that day. */
export interface ReadPerson {
  start: number;
  end: number;
  /** Record id, or null for a new person. */
  id: string | null;
  /** The name as written, in the nominative where it could be restored (new people). */
  name: string;
  /** The title written next to the name. */
  title: FoundTitle | null;
  /** Every title written before the name, with the recorded post each gives them that day (or null). */
  titles: { title: FoundTitle; post: string | null }[];
  /** The recorded post the title names and the person holds on the date, where one does. */
  post: string | null;
}

/** A title written without a name, resolved to its holder on the date. */
export interface ReadHolder {
  title: FoundTitle;
  post: string;
  person: string;
}

const VI_SURNAMES = new Set(
  "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh luong truong lam mai ha trinh doan cao chu ta thai".split(
    " ",
  ),
);
const VI_SURNAMES_MARKED = new Set(
  "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh lương trương lâm mai hà trịnh đoàn cao chu tạ thái".split(
    " ",
  ),
);
/** Country names and adjectives that are capitalised but never part of a person's name. */
const COUNTRY_WORD =
  /^(?:vietnam|vietnamese|viet|nam|russia|russian|nga|росси\p{L}*|российск\p{L}*|вьетнам\p{L}*|рф|срв|ссср|lien|bang)$/u;
const RU_VI_SURNAMES = new Set([
  "нгуен",
  "тан",
  "ле",
  "фам",
  "хоанг",
  "фан",
  "ву",
  "во",
  "данг",
  "буи",
  "до",
  "хо",
  "нго",
  "зионг",
  "динг",
  "лионг",
]);
const RU_FIRST = new Set(
  (
    "sergei sergey alexander aleksandr aleksey alexei alexey aleksei andrei andrey vladimir dmitry dmitri mikhail nikolai " +
    "nikolay igor oleg yevgeny evgeny viktor vasily konstantin pavel leonid yuri boris anatoly " +
    "valentina olga tatiana elena maria anna denis maxim"
  ).split(" "),
);
const RU_FIRST_CYR = new Set(
  (
    "сергеи александр алексеи андреи владимир дмитрии михаил николаи игор олег евгении виктор василии константин павел " +
    "леонид иури борис анатолии валентина олга татиана елена мариа анна денис максим"
  ).split(" "),
);

/** Restores the nominative of a Russian name written in the instrumental ("Нгуеном" → "Нгуен", "Винем" → "Винь"). */
function nominative(word: string): string {
  const m = /^(.{3,}?)(ом|ем|ым|им)$/u.exec(word);
  if (!m) return word;
  const stem = m[1]!;
  if (m[2] === "ем") return /[аеиоуыэюя]$/u.test(stem) ? `${stem}й` : `${stem}ь`;
  return stem;
}

/** Whether only spaces, a comma or a rank separate a title from the name after it. */
const GAP = /^[\s,]*(?:(?:mr|mrs|ms|ông|bà|г-н|г-жа)\.?\s+)?(?:(?:[\p{Ll}-]+\s+){0,2})?$/u;

/**
 * Reads who the article names: each recorded person with the title beside their name and the post that
 * title gives them on `date` (checked against the recorded terms); each title with no name, resolved to its
 * single holder on `date`; and each unknown name next to a title or shaped like a name, as a new person.
 */
export function readPeople(
  text: string,
  words: readonly Word[],
  names: readonly FoundName[],
  titles: readonly FoundTitle[],
  lexicon: RecordLexicon,
  date: { earliest: string; latest: string } | null,
  occupied: (start: number, end: number) => boolean,
): { people: ReadPerson[]; holders: ReadHolder[] } {
  const people: ReadPerson[] = [];
  const titleBefore = (start: number) =>
    titles.find(
      (t) =>
        t.end <= start &&
        start - t.end <= 40 &&
        GAP.test(text.slice(t.end, start)) &&
        !/[\p{Lu}]/u.test(
          text
            .slice(t.end, start)
            .replace(/^[\s,]*/u, "")
            .slice(0, 1),
        ),
    );
  const titleAfter = (end: number) =>
    titles.find((t) => t.start >= end && t.start - end <= 3 && /^,\s?$/u.test(text.slice(end, t.start)));
  const postFor = (person: string, title: FoundTitle | null): string | null => {
    if (!title || title.past || !date || title.entry.posts.length === 0) return null;
    const terms = lexicon.terms.get(person) ?? [];
    const held = title.entry.posts.filter((post) =>
      terms.some((t) => t.post === post && termHolds(t.span, date.earliest, date.latest)),
    );
    if (held.length > 0) return held[0]!;
    const recordedInAny = terms.some((t) => title.entry.posts.includes(t.post));
    if (recordedInAny) return null;
    const nationality = lexicon.nationality.get(person) ?? [];
    const fitting = title.entry.posts.filter((post) => nationality.includes(lexicon.postCountry.get(post) ?? ""));
    return fitting.length === 1 &&
      !(lexicon.holders.get(fitting[0]!) ?? []).some(
        (h) => h.person !== person && termHolds(h.span, date.earliest, date.latest),
      )
      ? fitting[0]!
      : null;
  };
  for (const name of names) {
    const title = titleBefore(name.start) ?? titleAfter(name.end) ?? null;
    // Titles joined before a name ("General Secretary …, President Nguyen Phu Trong") all belong to it.
    const chain = title ? [title] : [];
    for (let t = chain[0]; t;) {
      const head = t;
      t = titles.find((x) => x.end <= head.start && /^\s*(?:,|and|và|и)\s*$/u.test(text.slice(x.end, head.start)));
      if (t) chain.push(t);
    }
    const held = chain.map((t) => ({ title: t, post: postFor(name.id, t) }));
    people.push({
      start: name.start,
      end: name.end,
      id: name.id,
      name: text.slice(name.start, name.end),
      title,
      titles: held,
      post: held.find((h) => h.post)?.post ?? null,
    });
  }
  // Unknown names: runs of capitalised words after a title, or shaped like a Vietnamese or Russian name.
  const blocked = new Set<number>();
  for (const n of names) for (let k = n.from; k < n.to; k++) blocked.add(k);
  words.forEach((w, k) => {
    if (
      COUNTRY_WORD.test(foldChars(text.slice(w.start, w.end))) ||
      titles.some((t) => w.start < t.end && t.start < w.end) ||
      occupied(w.start, w.end)
    )
      blocked.add(k);
  });
  const isShaped = (w: Word) => {
    const raw = text.slice(w.start, w.end).toLowerCase();
    if (w.cyrillic)
      return RU_VI_SURNAMES.has(nominative(w.key)) || RU_FIRST_CYR.has(nominative(w.key).replace(/ь$/u, ""));
    if (raw !== w.key) return VI_SURNAMES_MARKED.has(raw);
    return VI_SURNAMES.has(w.key) || RU_FIRST.has(w.key);
  };
  for (let i = 0; i < words.length; i++) {
    if (blocked.has(i) || !words[i]!.capital) continue;
    let j = i + 1;
    while (
      j < words.length &&
      j - i < 6 &&
      words[j]!.capital &&
      !blocked.has(j) &&
      /^[\s-]$/u.test(text.slice(words[j - 1]!.end, words[j]!.start))
    )
      j++;
    // A name may follow other capitalised words ("Irkutsk Sergey Levchenko"): start at its first name-shaped word.
    let from = i;
    const shapedAt = words.slice(i, j).findIndex(isShaped);
    if (shapedAt > 0 && j - (i + shapedAt) >= 2) from = i + shapedAt;
    const first = words[from]!;
    let start = first.start;
    const initials = /((?:\p{Lu}\.\s?){1,2})$/u.exec(text.slice(Math.max(0, start - 6), start));
    if (initials) start -= initials[1]!.length;
    const count = j - from;
    const title = titleBefore(start);
    const shaped = count >= 2 && count <= 4 && isShaped(first);
    const end = words[j - 1]!.end;
    const sentenceStart = from === 0 || /[.!?:\n]\s*$/u.test(text.slice(Math.max(0, first.start - 4), first.start));
    const titled =
      title !== undefined &&
      (count >= 2 || initials !== null) &&
      count <= 4 &&
      !sentenceStart &&
      !/^\p{Lu}+$/u.test(text.slice(first.start, first.end));
    if (shaped || titled) {
      const raw = text.slice(start, end);
      const name = first.cyrillic
        ? raw
            .split(/(\s+)/u)
            .map((w) => (/\p{L}/u.test(w) ? nominative(w) : w))
            .join("")
        : raw;
      people.push({ start, end, id: null, name, title: title ?? null, titles: [], post: null });
    }
    i = j - 1;
  }
  // Titles with no name beside them: the single holder on the date.
  const holders: ReadHolder[] = [];
  if (date) {
    for (const title of titles) {
      if (title.past || title.entry.posts.length !== 1) continue;
      const post = title.entry.posts[0]!;
      if (!lexicon.singleHolder.has(post)) continue;
      const named = people.some((p) => p.title === title || p.titles.some((t) => t.title === title));
      if (named) continue;
      const nameAfter = words.find((w) => w.start >= title.end && w.start - title.end <= 2);
      if (nameAfter?.capital) continue;
      const holding = (lexicon.holders.get(post) ?? []).filter((h) => termHolds(h.span, date.earliest, date.latest));
      if (holding.length === 1) holders.push({ title, post, person: holding[0]!.person });
    }
  }
  return { people: people.sort((a, b) => a.start - b.start), holders };
}
