import type { Citation } from "../schema/Citation.js";
import type { Dataset } from "../schema/Dataset.js";
import type { Document } from "../schema/Document.js";
import type { Statement } from "../schema/Statement.js";
import { dateBounds } from "../dates/dateBounds.js";
import type { DraftEvent } from "./Draft.js";
import type { FoundDate } from "./findDates.js";
import type { FoundPhrase } from "./findPhrases.js";
import { foldChars } from "./foldChars.js";
import { sentenceAt } from "./fragmentAt.js";
import type { ReadPerson } from "./readPeople.js";
import { MATCH_DAYS, matchEvents } from "./matchEvent.js";
import { kindFamily, kindIn, kindsIn, readEventKind, readSequence } from "./readEventKind.js";
import type { RecordLexicon } from "./recordLexicon.js";
import type { TextSpan } from "./splitSentences.js";

interface ExtrasInput {
  text: string;
  sentences: readonly TextSpan[];
  dates: readonly FoundDate[];
  people: readonly ReadPerson[];
  phrases: readonly FoundPhrase[];
  dataset: Dataset;
  lexicon: RecordLexicon;
  mainDate: FoundDate | undefined;
  mainEventId: string;
  /** The main event's participants, for a sentence that names none ("the two leaders will co-chair…"). */
  mainParticipants: readonly string[];
  sourceId: string;
  leadEnd: number;
  cite: (start: number, end: number, note?: string) => Citation;
}

const SAID = new RegExp(
  [
    "\\b(?:said|says|stressed|noted|affirmed|emphasi[sz]ed|expressed|told|described|proposed|called for)\\b",
    "cho biet|nhan manh|khang dinh|bay to|de nghi|thong bao",
    "отметил|заявил|подчеркнул|сказал|выразил|сообщил|предложил",
  ].join("|"),
  "u",
);
const SIGNED = /\b(?:signed|sign)\b|\bky\b|\bky ket\b|подписал|подписан/u;
const DOCUMENT_KINDS: readonly (readonly [Document["kind"], RegExp])[] = [
  ["joint-statement", /joint statement|tuyen bo chung|совместн\p{L}* заявлени/u],
  ["memorandum", /memorand|ban ghi nho|меморандум/u],
  ["minutes", /minutes|bien ban|протокол/u],
  ["treaty", /treaty|hiep uoc|договор/u],
  ["agreement", /agreement|thoa thuan|hiep dinh|соглашени/u],
];

/** How far (in characters) from the word naming a kind of event its participants may be named. */
const NEAR_KIND = 150;

/** A day `days` days after an ISO day (before, for a negative number). */
function shiftDays(day: string, days: number): string {
  const shifted = new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/u.test(shifted) ? shifted : day;
}

const about = (topics: readonly string[]) =>
  topics.length ? ` on ${[...new Set(topics)].join(", ").replace(/-/gu, " ")}` : "";

/**
 * The rest of a draft: background sentences linked to the recorded events they mention (not drafted anew),
 * documents reported signed, and statements (a paraphrase in our words; the article's words only as fragments).
 */
export function draftExtras(input: ExtrasInput): {
  events: DraftEvent[];
  documents: Document[];
  statements: Statement[];
} {
  const { text, sentences, lexicon, people } = input;
  const events: DraftEvent[] = [];
  const mainBounds = input.mainDate ? dateBounds(input.mainDate.date) : null;
  const mentioned = new Set(people.map((p) => p.id).filter((id): id is string => id !== null));
  for (const d of input.dates) {
    if (d === input.mainDate) continue;
    const b = dateBounds(d.date);
    if (!b?.earliest || !b.latest) continue;
    if (mainBounds?.earliest && mainBounds.latest && b.earliest <= mainBounds.latest && mainBounds.earliest <= b.latest)
      continue;
    const sentence = sentenceAt(sentences, d.start);
    const words = text.slice(sentence.start, sentence.end);
    // The kind named just before the date ("Putin's state visit to Vietnam in June 2024"), else the sentence's.
    const kind = kindIn(text.slice(Math.max(sentence.start, d.start - 80), d.end)) ?? readEventKind(words, "");
    const inSentence = people
      .filter((p) => p.id && p.start >= sentence.start && p.end <= sentence.end)
      .map((p) => p.id!);
    const candidates = lexicon.events.filter(
      ({ event, earliest, latest }) =>
        earliest <= b.latest! &&
        b.earliest! <= latest &&
        kindFamily(event.kind) === kindFamily(kind) &&
        (event.participants.some((p) => (inSentence.length > 0 ? inSentence : [...mentioned]).includes(p.person)) ||
          (event.kind === kind && inSentence.length === 0)),
    );
    if (candidates.length === 0) continue;
    // Those with the most of the people in play (the sentence's, else the article's, and the main event's), then
    // those of the kind the sentence states (an official visit, not the trip it is part of); then the whole trip
    // when it is recorded as one, else the narrowest.
    const inPlay = new Set([...(inSentence.length > 0 ? inSentence : mentioned), ...input.mainParticipants]);
    const shared = (c: (typeof candidates)[number]) => c.event.participants.filter((p) => inPlay.has(p.person)).length;
    const most = Math.max(...candidates.map(shared));
    const best = candidates.filter((c) => shared(c) === most);
    const stated = best.filter((c) => c.event.kind === kind);
    const among = stated.length > 0 ? stated : best;
    among.sort(
      (x, y) => Date.parse(x.latest) - Date.parse(x.earliest) - (Date.parse(y.latest) - Date.parse(y.earliest)),
    );
    const { event } = among[among.length - 1]!.event.parent === undefined ? among[among.length - 1]! : among[0]!;
    if (events.some((e) => e.match === event.id) || event.id === input.mainEventId) continue;
    events.push({
      match: event.id,
      role: "background",
      record: { ...event, citations: [...event.citations, input.cite(d.start, d.end, "date")] } as DraftEvent["record"],
      agrees: ["date"],
      conflicts: [],
    });
  }
  // Other events the article reports (the meetings of a visit): a sentence naming a kind of event and recorded
  // people, on its own date or the main event's, that is a recorded event. Matched among the recorded events near
  // that date, found once per date (most sentences share the main event's).
  const windows = new Map<string, RecordLexicon>();
  const eventsAround = (date: string): RecordLexicon => {
    let window = windows.get(date);
    if (window === undefined) {
      const b = dateBounds(date);
      const from = b?.earliest ? shiftDays(b.earliest, -MATCH_DAYS) : "";
      const to = b?.latest ? shiftDays(b.latest, MATCH_DAYS) : "";
      window = { ...lexicon, events: lexicon.events.filter((e) => e.earliest <= to && from <= e.latest) };
      windows.set(date, window);
    }
    return window;
  };
  for (const sentence of sentences) {
    if (sentence.end <= input.leadEnd) continue;
    const kinds = kindsIn(text.slice(sentence.start, sentence.end));
    if (kinds.length === 0) continue;
    const named = people.filter((p) => p.id && p.start >= sentence.start && p.end <= sentence.end);
    const inSentence = [...new Set(named.map((p) => p.id!))];
    if (inSentence.length === 0) inSentence.push(...input.mainParticipants);
    const sentenceText = text.slice(sentence.start, sentence.end);
    const sequence = readSequence(sentenceText);
    const orgSpans = input.phrases.filter(
      (p) => p.kind === "organization" && p.start >= sentence.start && p.end <= sentence.end,
    );
    const organizations = orgSpans.map((p) => p.id);
    if (inSentence.length === 0 && (sequence === null || organizations.length === 0)) continue;
    const date = input.dates.find((d) => d.start >= sentence.start && d.end <= sentence.end) ?? input.mainDate;
    if (!date) continue;
    const around = eventsAround(date.date);
    // For the first kind the sentence names, the likeliest event; for each kind, every event two of whose
    // participants the sentence names near the kind's word ("during the trip, X met A, B and C": three meetings).
    const found = kinds.flatMap(({ kind, at }, k) => {
      const near = new Set(
        named.filter((p) => Math.abs(p.start - (sentence.start + at)) <= NEAR_KIND).map((p) => p.id!),
      );
      if (k > 0 && near.size < 2) return [];
      return matchEvents(
        { kind, kindStated: false, date: date.date, place: null, participants: inSentence, sequence, organizations },
        around,
      ).filter((m, i) => (i === 0 && k === 0) || m.event.participants.filter((p) => near.has(p.person)).length >= 2);
    });
    for (const m of found) {
      if (m.event.id === input.mainEventId || events.some((e) => e.match === m.event.id)) continue;
      // Cited at a participant it names, else at the series it names, else at its first word.
      const first = named.find((p) => m.event.participants.some((r) => r.person === p.id)) ??
        orgSpans.find((p) => p.id === m.event.series) ??
        named[0] ?? { start: sentence.start, end: sentence.start + Math.max(1, sentenceText.search(/\s|$/u)) };
      events.push({
        match: m.event.id,
        role: "reported",
        record: {
          ...m.event,
          citations: [...m.event.citations, input.cite(first.start, first.end)],
        } as DraftEvent["record"],
        agrees: m.datesAgree ? ["date", "participants"] : ["participants"],
        conflicts: [],
      });
    }
  }
  const documents: Document[] = [];
  const statements: Statement[] = [];
  for (const sentence of sentences) {
    const folded = foldChars(text.slice(sentence.start, sentence.end));
    const speakers = people.filter((p) => p.id && p.start >= sentence.start && p.end <= sentence.end);
    if (SIGNED.test(folded)) {
      const kind = DOCUMENT_KINDS.find(([, re]) => re.test(folded))?.[0];
      const at = folded.search(SIGNED);
      if (kind && at >= 0 && documents.length < 5) {
        documents.push({
          id: `${input.mainEventId}-document-${documents.length + 1}`.slice(0, 90).replace(/-+$/u, ""),
          title: `${kind.replace(/-/gu, " ").replace(/^./u, (c) => c.toUpperCase())} reported in the article`,
          kind,
          parties: [],
          signatories: [...new Set(speakers.map((p) => p.id!))],
          event: input.mainEventId,
          summary: "A document the article reports as signed; its title and parties are for a curator to complete.",
          topics: [],
          citations: [input.cite(sentence.start + at, sentence.start + at + 4)],
        });
      }
    }
    const said = SAID.exec(folded);
    if (said && speakers.length > 0 && statements.length < 10) {
      const speaker = speakers[0]!;
      const topics = input.phrases
        .filter((p) => p.kind === "topic" && p.start >= sentence.start && p.end <= sentence.end)
        .map((p) => p.id);
      const name = input.dataset.people.find((p) => p.id === speaker.id)?.name ?? speaker.name;
      statements.push({
        id: `${input.mainEventId}-statement-${statements.length + 1}`.slice(0, 90).replace(/-+$/u, ""),
        speaker: speaker.id!,
        event: input.mainEventId,
        topics: [...new Set(topics)],
        summary: `${name} set out a position${about(topics)}; a curator is to paraphrase it.`,
        citations: [input.cite(sentence.start + said.index, sentence.start + said.index + said[0].length)],
      });
    }
  }
  return { events, documents, statements };
}
