import type { EventKind } from "../schema/vocabularies.js";
import { foldChars } from "./foldChars.js";

/** Keywords of each kind of event, over folded text, in the order they are tried (most specific first). */
const KIND_WORDS: readonly (readonly [EventKind, RegExp])[] = [
  ["phone-call", /phone|telephone|dien dam|телефон/u],
  ["online-meeting", /online|videoconferenc|virtual|truc tuyen|видеоконференц|онлаин/u],
  ["committee-session", /\bsession|phien hop|ky hop|заседани|co-chair\p{L}* the \p{L}+ meeting/u],
  ["cultural-event", /festival|le hoi|фестивал|days of culture|ngay van hoa/u],
  ["ceremony", /arriv|welcom|\bden (?:ha noi|san bay|thu do)|don tai san bay|прибыл|wreath|dat vong hoa|возлож/u],
  ["state-visit", /state visit|tham cap nha nuoc|государственн\p{L}* визит/u],
  ["official-visit", /official visit|tham chinh thuc|официальн\p{L}* визит/u],
  ["working-visit", /working visit|working trip|tham lam viec|рабоч\p{L}* визит/u],
  ["talks", /\btalks\b|hoi dam|переговор|consultation|tham van|консультаци/u],
  ["reception", /\breceiv|\btiep\b|принял|приня/u],
  ["signing", /\bsign(?:ed|s|ing)\b|\bky ket\b|подписал|подписани/u],
  ["visit", /\bvisit|\btrip\b|\btham\b|визит|посет|поездк|посещ/u],
  ["meeting", /\bmet\b|\bmeet|gap go|\bgap\b|\bhop\b|встреч|встрет/u],
];

/** The kind of event a headline and lead describe, from their keywords; `visit` for a visit of no stated level. */
export function readEventKind(headline: string, lead: string): EventKind {
  const first = foldChars(lead.split(/[.!?](?:\s|$)/u)[0] ?? lead);
  for (const text of [foldChars(headline), first]) {
    const found = KIND_WORDS.find(([, words]) => words.test(text))?.[0];
    if (found === undefined) continue;
    // "To Lam to visit Russia": the lead says at what level.
    if (found === "visit")
      return KIND_WORDS.find(([kind, words]) => /-visit$/u.test(kind) && words.test(first))?.[0] ?? found;
    return found;
  }
  return "meeting";
}

/** The kind of event a sentence names by its keywords, or null when it names none. */
export function kindIn(sentence: string): EventKind | null {
  return kindsIn(sentence)[0]?.kind ?? null;
}

/**
 * Every kind of event a sentence names ("during the trip, X met Y": a trip and a meeting), most specific first,
 * with where its first keyword starts.
 */
export function kindsIn(sentence: string): { kind: EventKind; at: number }[] {
  const folded = foldChars(sentence);
  return KIND_WORDS.flatMap(([kind, words]) => {
    const at = folded.search(words);
    return at < 0 ? [] : [{ kind, at }];
  });
}

/** Kinds that count as the same event for matching: a visit is a visit, talks and receptions are encounters. */
export function kindFamily(kind: EventKind): string {
  switch (kind) {
    case "state-visit":
    case "official-visit":
    case "working-visit":
    case "visit":
    case "trip":
      return "visit";
    case "talks":
    case "reception":
    case "meeting":
    case "online-meeting":
      return "encounter";
    case "phone-call":
    case "message":
      return "call";
    default:
      return kind;
  }
}

const FUTURE = new RegExp(
  [
    "\\bwill\\b|\\bis to\\b|\\bare to\\b|\\bis set to\\b|\\bis due to\\b|\\bscheduled\\b|\\bto visit\\b|\\bto pay\\b",
    "\\bse\\b|\\bsap\\b|\\btoi\\b(?! day)",
    "посетит|проведут|проведет|состоится|пройдет|будет|прибудет|отправится|намерен|планиру|предстоящ",
  ].join("|"),
  "u",
);

/** Whether the headline and lead speak of the event ahead of time ("will", "sẽ", "посетит"). */
export function isAnnounced(headline: string, lead: string): boolean {
  return FUTURE.test(foldChars(`${headline} ${lead.split(/[.!?](?:\s|$)/u)[0] ?? lead}`));
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  nhat: 1,
  hai: 2,
  ba: 3,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  перв: 1,
  втор: 2,
  трет: 3,
  четверт: 4,
  пят: 5,
  шест: 6,
  седьм: 7,
  восьм: 8,
  девят: 9,
  десят: 10,
};

const EN_SEQUENCE = new RegExp(
  "\\b(\\d{1,3})(?:st|nd|rd|th)? (?:session|meeting)|" +
    "\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:session|meeting)",
  "u",
);

/** The session number a text gives ("fourth session", "phiên họp lần thứ tư", "третье заседание", "24th"). */
export function readSequence(text: string): number | null {
  const folded = foldChars(text);
  const m =
    EN_SEQUENCE.exec(folded) ??
    /(?:phien hop|ky hop)(?: lan)? thu (\d{1,3}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b/u.exec(folded) ??
    /(?:^|\s)(\d{1,3})-?(?:е|го|м)? заседани|(?:^|\s)(перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят)\p{L}* заседани/u.exec(
      folded,
    );
  if (!m) return null;
  const word = m.slice(1).find((g) => g !== undefined)!;
  return /^\d+$/u.test(word) ? Number(word) : (ORDINALS[word] ?? null);
}
