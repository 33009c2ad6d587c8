/**
 * Spellings of a recorded name in the other scripts Parley's sources use: a Vietnamese name in Russian
 * (Kontsevich-style, as Russian media write it) and a Russian name romanised in English back into Cyrillic.
 * They are compared through `cyrillicKey`, which forgets the differences transliterators disagree on.
 */

const VI_INITIALS: readonly (readonly [string, string])[] = [
  ["ngh", "нг"],
  ["ng", "нг"],
  ["nh", "нь"],
  ["ph", "ф"],
  ["th", "тх"],
  ["tr", "ч"],
  ["ch", "ч"],
  ["kh", "кх"],
  ["gh", "г"],
  ["gi", "з"],
  ["qu", "ку"],
  ["b", "б"],
  ["c", "к"],
  ["d", "з"],
  ["đ", "д"],
  ["g", "г"],
  ["h", "х"],
  ["k", "к"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["p", "п"],
  ["r", "з"],
  ["s", "ш"],
  ["t", "т"],
  ["v", "в"],
  ["x", "с"],
];
const VI_FINALS: readonly (readonly [string, string])[] = [
  ["nh", "нь"],
  ["ng", "нг"],
  ["ch", "ть"],
  ["c", "к"],
  ["t", "т"],
  ["p", "п"],
  ["m", "м"],
  ["n", "н"],
  ["i", "й"],
  ["y", "й"],
  ["o", "о"],
  ["u", "у"],
];
const VI_VOWELS: readonly (readonly [string, string])[] = [
  ["uyê", "уе"],
  ["ươ", "ыо"],
  ["iê", "ие"],
  ["yê", "ие"],
  ["uô", "уо"],
  ["ưa", "ыа"],
  ["ia", "иа"],
  ["ua", "уа"],
  ["uy", "уи"],
  ["uê", "уэ"],
  ["oa", "оа"],
  ["oe", "оэ"],
  ["a", "а"],
  ["ă", "а"],
  ["â", "а"],
  ["e", "е"],
  ["ê", "е"],
  ["i", "и"],
  ["o", "о"],
  ["ô", "о"],
  ["ơ", "о"],
  ["u", "у"],
  ["ư", "ы"],
  ["y", "и"],
];

/** One Vietnamese syllable (tone marks dropped, vowel quality kept) in Cyrillic. */
function syllableToCyrillic(syllable: string): string {
  let rest = syllable
    .normalize("NFD")
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, "")
    .normalize("NFC")
    .toLowerCase();
  let out = "";
  const initial = VI_INITIALS.find(([latin]) => rest.startsWith(latin) && rest.length > latin.length);
  if (initial) {
    out += initial[1];
    rest = rest.slice(initial[0].length);
  }
  while (rest.length > 0) {
    const vowel = VI_VOWELS.find(([latin]) => rest.startsWith(latin));
    if (vowel && (out === "" || !/[уоиыа]$/u.test(out) || rest.length > vowel[0].length || true)) {
      const afterVowel = rest.slice(vowel[0].length);
      const final = VI_FINALS.find(([latin]) => afterVowel === latin);
      if (final || afterVowel === "") {
        out += vowel[1] + (final?.[1] ?? "");
        break;
      }
      out += vowel[1];
      rest = afterVowel;
      continue;
    }
    const final = VI_FINALS.find(([latin]) => rest.startsWith(latin));
    out += final ? final[1] : "";
    rest = rest.slice(final ? final[0].length : 1);
  }
  return out;
}

/** A Vietnamese name (with its diacritics) as Russian media write it: "Nguyễn Phú Trọng" → "нгуен фу чонг". */
export function vietnameseToCyrillic(name: string): string {
  return name
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map(syllableToCyrillic)
    .join(" ");
}

const RU_LATIN: readonly (readonly [string, string])[] = [
  ["shch", "щ"],
  ["sch", "щ"],
  ["zh", "ж"],
  ["kh", "х"],
  ["ts", "ц"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["yu", "ю"],
  ["ya", "я"],
  ["ye", "е"],
  ["yo", "ё"],
  ["iy", "ий"],
  ["yi", "ый"],
  ["x", "кс"],
  ["a", "а"],
  ["b", "б"],
  ["c", "к"],
  ["d", "д"],
  ["e", "е"],
  ["f", "ф"],
  ["g", "г"],
  ["h", "х"],
  ["i", "и"],
  ["j", "й"],
  ["k", "к"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["o", "о"],
  ["p", "п"],
  ["q", "к"],
  ["r", "р"],
  ["s", "с"],
  ["t", "т"],
  ["u", "у"],
  ["v", "в"],
  ["w", "в"],
  ["y", "ы"],
  ["z", "з"],
];

/** A Russian name romanised in English back in Cyrillic: "Vyacheslav Volodin" → "вячеслав володин". */
export function latinToCyrillic(name: string): string {
  return name
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter(Boolean)
    .map((word) => {
      let out = "";
      for (let i = 0; i < word.length;) {
        if (word[i] === "y" && i === word.length - 1 && i > 0) {
          out += "ий";
          i++;
          continue;
        }
        const pair = RU_LATIN.find(([latin]) => word.startsWith(latin, i));
        out += pair ? pair[1] : "";
        i += pair ? pair[0].length : 1;
      }
      return out;
    })
    .join(" ");
}

/** A Cyrillic word reduced to what transliterations agree on (ы/й/и, э/е, ю/у, ч/т, soft signs, doubled letters). */
export function cyrillicKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/[ьъ]/gu, "")
    .replace(/ё/gu, "е")
    .replace(/э/gu, "е")
    .replace(/[ыйi]/gu, "и")
    .replace(/ю/gu, "у")
    .replace(/щ/gu, "ш")
    .replace(/ч/gu, "т")
    .replace(/(.)\1+/gu, "$1");
}

/** Case endings of Russian nouns and names, as keys (after `cyrillicKey`). */
const ENDINGS = [
  "а",
  "у",
  "ом",
  "ем",
  "им",
  "е",
  "и",
  "ои",
  "еи",
  "ою",
  "еу",
  "я",
  "ого",
  "ому",
  "ам",
  "ах",
  "ами",
  "ие",
  "иа",
];

/** Whether a Cyrillic word of the text (as a key) is a case form of a name word (as a key). */
export function isCaseForm(word: string, name: string): boolean {
  if (word === name) return true;
  if (word.startsWith(name) && ENDINGS.includes(word.slice(name.length))) return true;
  const stem = /[аяи]$/u.test(name) ? name.slice(0, -1) : /ии$/u.test(name) ? name.slice(0, -2) : null;
  return stem !== null && stem.length >= 3 && word.startsWith(stem) && ENDINGS.includes(word.slice(stem.length));
}
