import anyAscii from "any-ascii";
import { dateBounds } from "../dates/dateBounds.js";
import type { Citation } from "../schema/Citation.js";
import type { Dataset } from "../schema/Dataset.js";
import type { Event, Participation } from "../schema/Event.js";
import type { Person } from "../schema/Person.js";
import type { Source } from "../schema/Source.js";
import { detectLanguage, type DraftLanguage } from "./detectLanguage.js";
import { draftExtras } from "./draftExtras.js";
import type { Conflict, Draft, DraftEvent, Mention } from "./Draft.js";
import { findDates, type FoundDate } from "./findDates.js";
import { findNames, wordsOf } from "./findNames.js";
import { findPhrases } from "./findPhrases.js";
import { findTitles } from "./findTitles.js";
import { foldChars } from "./foldChars.js";
import { fragmentAt, sentenceAt } from "./fragmentAt.js";
import { matchEvent, placesAgree } from "./matchEvent.js";
import { readInput } from "./readInput.js";
import { isAnnounced, kindFamily, readEventKind, readSequence } from "./readEventKind.js";
import { readPeople, type ReadPerson } from "./readPeople.js";
import { recordLexicon } from "./recordLexicon.js";
import { paragraphSpans, splitSentences, type TextSpan } from "./splitSentences.js";

/** What a caller knows of the article's source. */
export interface DraftSourceInput {
  /** The id to give the drafted Source (made from the publisher, date and title when left out). */
  id?: string;
  url?: string | null;
  /** Publication date, `YYYY-MM-DD`. */
  published?: string | null;
  /** The publisher's name or record id. */
  publisher?: string | null;
  /** en, vi or ru; detected when left out. */
  language?: string;
  title?: string;
}

/** Options of `draftFromText`. */
export interface DraftOptions {
  /** What is known of the source. */
  source?: DraftSourceInput;
  /**
   * The record to match against: the shipped one is `dataset` from `@parley/core/shipped`. Not defaulted here, so
   * a page that curates loads the drafter without the shipped data (it fetches the site's own export instead).
   */
  dataset: Dataset;
}

/** The most text analysed; longer input is cut there, and the draft says so. */
export const MAX_DRAFT_CHARS = 100_000;
const LANGUAGES: readonly string[] = ["en", "vi", "ru"];

const slug = (text: string, max = 60) =>
  anyAscii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "")
    .slice(0, max)
    .replace(/-+$/u, "") || "x";

function emptyDraft(text: string, language: string, note: string, source: DraftSourceInput): Draft {
  return {
    text,
    language,
    source: draftSource(source, null, language),
    mentions: [],
    events: [],
    people: [],
    documents: [],
    statements: [],
    disagreements: [],
    notes: [note],
  };
}

function draftSource(input: DraftSourceInput, headline: string | null, language: string, dataset?: Dataset): Source {
  const title = input.title?.trim() || headline?.trim() || "[untitled article]";
  const publisherText = input.publisher?.trim() || null;
  const publisher =
    publisherText === null
      ? null
      : (dataset?.organizations.find((o) => o.id === publisherText || foldChars(o.name) === foldChars(publisherText))
          ?.id ?? null);
  const published = input.published && dateBounds(input.published) ? input.published : null;
  const id = input.id ?? `draft-${slug(publisherText ?? "article", 24)}-${published ?? "undated"}-${slug(title, 32)}`;
  return {
    id: slug(id, 90),
    title,
    publisher,
    url: input.url && /^https?:\/\//u.test(input.url) ? input.url : null,
    published,
    language: /^[a-z]{2,3}$/u.test(language) ? language : "und",
    textAvailable: true,
    textFile: `${slug(id, 90)}.txt`,
    ...(publisherText && publisher === null ? { note: `Published by ${publisherText} (not in the record).` } : {}),
  };
}

/** Where the dateline ends in the lead ("HANOI, Sept. 29 (Agency) – ", "МОСКВА, 9 сентября. /Агентство/. "). */
function datelineEnd(text: string, lead: TextSpan | undefined): number {
  if (!lead) return 0;
  const head = text.slice(lead.start, Math.min(lead.end, lead.start + 120));
  const m = /^[^–—]{0,90}?\)\s*[–—-]\s*|^[^–—]{0,90}?\/\.\s*|^[^–—]{0,60}?\s[–—]\s/u.exec(head);
  return m ? lead.start + m[0].length : lead.start;
}

/**
 * Drafts records from a news article in English, Vietnamese or Russian (plain text or a saved HTML page):
 * the spans that name recorded people, posts, places, organizations, topics and dates; the main event with
 * its date, status, place and participants, matched against the record with its conflicts; background
 * references to recorded events; new people, documents, statements and disagreements. Deterministic and
 * offline. Never throws on bad input: it returns an empty draft with a one-line note.
 */
export function draftFromText(input: string, options: DraftOptions): Draft {
  const given = options.source ?? {};
  if (typeof input !== "string") return emptyDraft("", "und", "the input is not text", given);
  // eslint-disable-next-line no-control-regex
  const control = input.slice(0, 4096).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/gu)?.length ?? 0;
  if (control > 0 && control / Math.min(input.length, 4096) > 0.01)
    return emptyDraft("", "und", "the input looks binary, not text", given);
  // Plain text is cut before it is read (an HTML page must be parsed whole to find its article).
  const read = readInput(
    input.length > 4 * MAX_DRAFT_CHARS && !/^\s*</u.test(input) ? input.slice(0, 2 * MAX_DRAFT_CHARS) : input,
  );
  let text = read.text;
  const notes = [...read.notes];
  if (text.trim() === "")
    return emptyDraft("", given.language ?? read.language ?? "und", notes[0] ?? "the text is empty", given);
  if (text.length > MAX_DRAFT_CHARS) {
    const cut = text.lastIndexOf("\n", MAX_DRAFT_CHARS);
    text = text.slice(0, cut > 0 ? cut : MAX_DRAFT_CHARS);
    notes.push(`the text was cut to its first ${text.length} characters for analysis`);
  }
  const language =
    given.language ?? (read.language && LANGUAGES.includes(read.language) ? read.language : detectLanguage(text));
  if (!language || !LANGUAGES.includes(language))
    return emptyDraft(
      text,
      language ?? "und",
      `unsupported language ${language ?? "(not detected)"}: the drafter reads en, vi and ru`,
      given,
    );
  const lang = language as DraftLanguage;
  const dataset = options.dataset;
  const lexicon = recordLexicon(dataset);
  const paragraphs = paragraphSpans(text);
  const headline = paragraphs[0]!;
  const lead = paragraphs[1];
  const headlineText = text.slice(headline.start, headline.end);
  const leadStart = datelineEnd(text, lead);
  const leadText = lead ? text.slice(leadStart, lead.end) : "";
  const sentences = splitSentences(text, lang);
  const source = draftSource(
    {
      ...given,
      url: given.url ?? read.url,
      published: given.published ?? read.published,
      title: given.title ?? read.title ?? undefined,
    },
    headlineText,
    lang,
    dataset,
  );
  const cite = (start: number, end: number, note?: string): Citation => {
    const sentence = sentenceAt(sentences, start);
    return {
      source: source.id,
      paragraph: sentence.paragraph,
      fragment: fragmentAt(text, sentence, start, end),
      ...(note ? { note } : {}),
    };
  };

  // Spans.
  const words = wordsOf(text);
  const titles = findTitles(text);
  const phrases = findPhrases(text, words, lexicon);
  const names = findNames(text, words, lexicon).filter(
    (n) => !phrases.some((p) => p.start <= n.start && n.end <= p.end && p.end - p.start > n.end - n.start),
  );
  const announced = isAnnounced(headlineText, leadText);
  const dates = findDates(text, lang, source.published, announced);

  // The main event's date: in the lead after the dateline (a span first for a visit), else the first later one.
  const kind = readEventKind(headlineText, leadText);
  const leadDates = dates.filter((d) => lead && d.start >= leadStart && d.end <= lead.end);
  const bodyDates = dates.filter((d) => d.start >= leadStart);
  const isVisit = kindFamily(kind) === "visit";
  const mainDate: FoundDate | undefined =
    (isVisit ? leadDates.find((d) => d.date.includes("/")) : undefined) ??
    leadDates[0] ??
    (isVisit ? bodyDates.find((d) => d.date.includes("/")) : undefined) ??
    bodyDates[0];
  const date = mainDate?.date ?? source.published;
  const bounds = date ? dateBounds(date) : null;
  const on = bounds?.earliest && bounds.latest ? { earliest: bounds.earliest, latest: bounds.latest } : null;

  const occupied = (start: number, end: number) =>
    phrases.some((p) => start < p.end && p.start < end) ||
    titles.some((t) => start < t.end && t.start < end) ||
    names.some((n) => start < n.end && n.start < end);
  const { people, holders } = readPeople(text, words, names, titles, lexicon, on, occupied);

  // Mentions, in text order, none overlapping another.
  const mentions: Mention[] = [];
  const span = (start: number, end: number) => ({ text: text.slice(start, end), start, end });
  for (const p of phrases) mentions.push({ kind: p.kind, id: p.id, ...span(p.start, p.end) });
  for (const p of people) mentions.push({ kind: "person", id: p.id, ...span(p.start, p.end) });
  for (const t of titles) {
    const person = people.find((p) => p.titles.some((h) => h.title === t && h.post));
    const holder = holders.find((h) => h.title === t);
    const post =
      person?.titles.find((h) => h.title === t)?.post ??
      holder?.post ??
      (t.entry.posts.length === 1 ? t.entry.posts[0]! : null);
    if (!post) continue;
    mentions.push({
      kind: "post",
      id: post,
      ...span(t.start, t.end),
      ...(holder
        ? { holder: holder.person, note: `title without a name: held by ${holder.person} on ${date}` }
        : person?.id
          ? { holder: person.id }
          : {}),
    });
  }
  for (const d of dates)
    mentions.push({
      kind: "date",
      id: null,
      ...span(d.start, d.end),
      date: d.date,
      ...(d.inferredYear ? { inferredYear: true } : {}),
    });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of mentions) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);

  // New people.
  const newPeople: Person[] = [];
  const newIds = new Map<string, string>();
  const taken = new Set(dataset.people.map((p) => p.id));
  for (const p of people) {
    if (p.id !== null) continue;
    const key = foldChars(p.name);
    if ([...newIds.keys()].some((k) => k === key || k.endsWith(` ${key}`) || key.endsWith(` ${k}`))) continue;
    let id = slug(p.name);
    while (taken.has(id)) id = `${id}-2`;
    taken.add(id);
    newIds.set(key, id);
    p.id = id;
    newPeople.push(newPerson(p, id, cite(p.start, p.end), lang));
  }

  // Participants: the people the headline and lead name, with the post they held that day.
  const inLead = (start: number) => start < (lead?.end ?? headline.end);
  const participants: Participation[] = [];
  const addParticipant = (person: string, post: string | null, start: number, end: number, capacity?: string) => {
    if (participants.some((p) => p.person === person)) return;
    participants.push({
      person,
      role: "attendee",
      posts: post ? [post] : [],
      ...(capacity ? { capacity } : {}),
      citations: [cite(start, end)],
    });
  };
  for (const p of people)
    if (inLead(p.start) && p.id)
      addParticipant(
        p.id,
        p.post ?? postOf(people, p.id),
        p.start,
        p.end,
        p.id && !p.post && p.title && newIds.has(foldChars(p.name)) ? p.title.entry.label : undefined,
      );
  for (const h of holders) if (inLead(h.title.start)) addParticipant(h.person, h.post, h.title.start, h.title.end);

  // Place: the first recorded place in the lead after the dateline, else the dateline's.
  const places = phrases.filter((p) => p.kind === "place");
  // Place: a recorded place the lead puts the event in ("in", "at", "tại", "в"), else the dateline's for a report.
  // Not where the news was given ("сообщили в Кремле", "said in Moscow").
  const locative = (p: { start: number }) =>
    LOCATIVE.test(foldChars(text.slice(Math.max(0, p.start - 20), p.start))) && !saidAt(text, p.start);
  const inLeadBody = (p: { start: number; end: number }) =>
    lead !== undefined && p.start >= leadStart && p.end <= lead.end;
  const placeSpan =
    places.find((p) => inLeadBody(p) && locative(p)) ??
    (announced ? undefined : places.find((p) => lead && p.start >= lead.start && p.end <= leadStart));
  const place = placeSpan?.id ?? null;
  // A place the record does not hold, named after a locative in the lead ("tại TP.HCM"): kept as written.
  const unknownCandidate = unrecordedPlace(text, leadStart, lead?.end ?? leadStart);
  const unknownPlace =
    unknownCandidate &&
    (!placeSpan || unknownCandidate.start < placeSpan.start) &&
    !NOT_A_PLACE.test(foldChars(unknownCandidate.name)) &&
    !dates.some((d) => d.start < unknownCandidate.end && unknownCandidate.start < d.end) &&
    !names.some((n) => n.start < unknownCandidate.end && unknownCandidate.start < n.end) &&
    !phrases.some((p) => p.start < unknownCandidate.end && unknownCandidate.start < p.end)
      ? unknownCandidate
      : null;
  const countryOfPlace = place ? dataset.places.find((p) => p.id === place)?.country : undefined;
  for (const p of participants) {
    const nationality =
      lexicon.nationality.get(p.person) ?? newPeople.find((n) => n.id === p.person)?.nationality ?? [];
    p.role =
      kind === "phone-call"
        ? "attendee"
        : countryOfPlace
          ? nationality.includes(countryOfPlace)
            ? "host"
            : "guest"
          : "attendee";
  }
  const countries = [
    ...new Set([
      ...participants.flatMap(
        (p) => lexicon.nationality.get(p.person) ?? newPeople.find((n) => n.id === p.person)?.nationality ?? [],
      ),
      ...(countryOfPlace ? [countryOfPlace] : []),
    ]),
  ].sort();
  const sequence = readSequence(`${headlineText}\n${leadText}`);
  const kindStated = /visit|session/u.test(kind) && kind !== "visit";

  const match = matchEvent(
    { kind, kindStated, date, place, participants: participants.map((p) => p.person), sequence },
    lexicon,
  );
  const status: Event["status"] = announced ? "announced" : "took-place";
  const eventCitations: Citation[] = [cite(headline.start, headline.end)];
  if (mainDate) eventCitations.push(cite(mainDate.start, mainDate.end, "date"));
  if (placeSpan) eventCitations.push(cite(placeSpan.start, placeSpan.end, "place"));
  const names2 = participants.map(
    (p) =>
      dataset.people.find((x) => x.id === p.person)?.name ?? newPeople.find((x) => x.id === p.person)?.name ?? p.person,
  );
  const eventId =
    match?.event.id ??
    slug(
      `${(date ?? "undated").slice(0, 10)}-${kind}-${names2
        .slice(0, 2)
        .map((n) => n.split(" ").pop())
        .join("-")}`,
      80,
    );
  const record: Event = {
    id: eventId,
    title: `${kindLabel(kind)}${names2.length ? `: ${names2.slice(0, 3).join(", ")}` : ""}`,
    kind,
    date: date ?? "..",
    status,
    earlierPlans: [],
    ...(match?.event.parent ? { parent: match.event.parent } : {}),
    ...(match?.event.series ? { series: match.event.series } : {}),
    ...(sequence !== null ? { sequence } : {}),
    ...(place ? { place } : {}),
    countries: countries.length > 0 ? countries : ["vn", "ru"],
    participants,
    organizations: [],
    topics: [...new Set(phrases.filter((p) => p.kind === "topic").map((p) => p.id))],
    summary:
      `Drafted from "${source.title}": ${kindLabel(kind).toLowerCase()} ` +
      `${status === "announced" ? "announced for" : "on"} ${date ?? "an unstated date"}` +
      `${names2.length ? ` with ${names2.join(", ")}` : ""}.`,
    citations: eventCitations,
  };
  if (!date || !dateBounds(record.date)) record.date = source.published ?? "2000";

  // Agreement and conflicts with the matched record.
  const agrees: string[] = [];
  const conflicts: Conflict[] = [];
  if (match) {
    const recorded = match.event;
    if (match.datesAgree) agrees.push("date");
    else if (mainDate)
      conflicts.push({
        path: "date",
        record: recorded.date,
        article: record.date,
        fragment: cite(mainDate.start, mainDate.end).fragment!,
      });
    if (place && recorded.place && !unknownPlace) {
      if (placesAgree(place, recorded.place, lexicon)) agrees.push("place");
      else if (placeSpan)
        conflicts.push({
          path: "place",
          record: recorded.place,
          article: place,
          fragment: cite(placeSpan.start, placeSpan.end).fragment!,
        });
    } else if (unknownPlace && recorded.place)
      conflicts.push({
        path: "place",
        record: recorded.place,
        article: unknownPlace.name,
        fragment: cite(unknownPlace.start, unknownPlace.end).fragment!,
      });
    if (recorded.kind === kind) agrees.push("kind");
    else if (kindStated && kindFamily(kind) === "visit" && recorded.kind !== "trip" && recorded.kind !== "visit") {
      const at = foldChars(`${headlineText}\n${leadText}`).search(/visit|визит|tham/u);
      const off =
        at < 0
          ? headline.start
          : at <= headlineText.length
            ? headline.start + at
            : leadStart + at - headlineText.length - 1;
      conflicts.push({ path: "kind", record: recorded.kind, article: kind, fragment: cite(off, off + 5).fragment! });
    }
    if (participants.some((p) => recorded.participants.some((r) => r.person === p.person))) agrees.push("participants");
    if (sequence !== null && recorded.sequence === sequence) agrees.push("sequence");
  }
  const disagreements = conflicts.map((c) => {
    const id = slug(`draft-${eventId}-${c.path}-${source.published ?? "undated"}`, 90);
    c.disagreement = id;
    const recorded = match!.event;
    const isDate = c.path === "date";
    return {
      id,
      targets: [{ record: recorded.id, path: c.path }],
      question: `What is the ${c.path} of "${recorded.title}"?`,
      nature: "contradiction" as const,
      versions: [
        {
          value: `The record gives ${c.path} ${String(c.record)}.`,
          ...(isDate && typeof c.record === "string" ? { date: c.record } : {}),
          rank: "normal" as const,
          citations: recorded.citations.slice(0, 3),
        },
        {
          value: `The article gives ${c.path} ${String(c.article)}.`,
          ...(isDate && typeof c.article === "string" ? { date: c.article } : {}),
          rank: "normal" as const,
          citations: [{ source: source.id, fragment: c.fragment }],
        },
      ],
      reason: "Drafted from a new article; both versions are kept, ranked normal until a curator ranks them.",
    };
  });
  const main: DraftEvent = { match: match?.event.id ?? null, role: "main", record, agrees, conflicts };
  const extras = draftExtras({
    text,
    sentences,
    dates,
    people,
    dataset,
    lexicon,
    mainDate,
    mainEventId: eventId,
    mainParticipants: participants.map((p) => p.person),
    sourceId: source.id,
    cite,
    leadEnd: lead?.end ?? headline.end,
    phrases,
  });
  return {
    text,
    language: lang,
    source,
    mentions: kept,
    events: [main, ...extras.events.filter((e) => e.match !== main.match)],
    people: newPeople,
    documents: extras.documents,
    statements: extras.statements,
    disagreements,
    notes,
  };
}

/** Capitalised words after "in" that are not places: countries the record keeps as such, months, weekdays. */
const NOT_A_PLACE = new RegExp(
  [
    "^(?:russia|vietnam|viet nam|nga|росси\\p{L}*|вьетнам\\p{L}*|рф|срв",
    "january|february|march|april|may|june|july|august|september|october|november|december",
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\\b)",
  ].join("|"),
  "u",
);
const LOCATIVE = /(?:\b(?:in|at|on|tai|o)|(?:^|\s)(?:в|во|на))\s+(?:central |downtown |the )?$/u;

/** Reporting verbs just before a locative: the place that follows is where the news was given, not the event's. */
const SAID_AT = new RegExp(
  [
    "(?:\\b(?:said|says|told|announced|reported|cho biet|thong bao)",
    "(?:^|\\s)(?:сообщ|заяв|сказа|отмет|передает|передаёт)\\p{L}*)\\s+(?:in|at|tai|o|в|во)\\s+(?:the\\s+)?$",
  ].join("|"),
  "u",
);
const saidAt = (text: string, start: number) => SAID_AT.test(foldChars(text.slice(Math.max(0, start - 40), start)));

/** Russian nouns that make capitalised adjectives before them a place ("в Воронежской области"). */
const PLACE_NOUN = /^(?:област|кра[йея]|район|республик|округ|площад|улиц|провинци|город)/u;

/**
 * A capitalised place name after a locative in the lead that the record does not hold ("tại TP.HCM", "in Sochi"),
 * not where the news was given. Capitalised Russian words before a lowercase noun are adjectives: a place with
 * that noun ("в Воронежской области"), else no place ("в Великой Отечественной войне").
 */
function unrecordedPlace(text: string, from: number, to: number): { name: string; start: number; end: number } | null {
  // A lookbehind, not \b: "chở Tổng" is not "ở Tổng".
  const re =
    /(?:(?<![\p{L}\p{N}])(?:in|at|on|tại|ở)|(?:^|\s)(?:в|во))\s+((?:TP\.\s?)?\p{Lu}[\p{L}.]*(?:[\s-]\p{Lu}[\p{L}.]*){0,3})/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let name = m[1]!.replace(/[.,]$/u, "");
    const start = m.index + m[0].length - m[1]!.length;
    if (saidAt(text, start)) continue;
    const next = /^\s(\p{Ll}+)/u.exec(text.slice(start + name.length));
    if (next && /[\u0400-\u04ff]/u.test(name)) {
      if (!PLACE_NOUN.test(next[1]!)) continue;
      name = text.slice(start, start + name.length + next[0].length);
    }
    return { name, start, end: start + name.length };
  }
  return null;
}

function postOf(people: readonly ReadPerson[], id: string): string | null {
  return people.find((p) => p.id === id && p.post)?.post ?? null;
}

function kindLabel(kind: Event["kind"]): string {
  const text = kind.replace(/-/gu, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const VI_SURNAME = new RegExp(
  [
    "^(?:nguyen|tran|le|pham|hoang|huynh|phan|vu|vo|dang|bui|do|ho|ngo|duong|ly|dinh|luong|truong|lam|mai|ha",
    "нгуен|чан|ле|фам|хоанг|фан|ву|во|данг|буй|до|хо|нго)\\b",
  ].join("|"),
  "u",
);

function newPerson(p: ReadPerson, id: string, citation: Citation, language: DraftLanguage): Person {
  const cyrillic = /[\u0400-\u04ff]/u.test(p.name);
  const vietnamese = VI_SURNAME.test(foldChars(p.name)) || /[ăâđêôơư]/iu.test(p.name);
  const latin = cyrillic
    ? anyAscii(p.name)
    : vietnamese
      ? foldChars(p.name).replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())
      : p.name;
  return {
    id,
    name: latin,
    ...(cyrillic || latin !== p.name
      ? { nativeName: { name: p.name, lang: cyrillic ? "ru" : "vi", citations: [citation] } }
      : {}),
    otherNames: [],
    nationality: [vietnamese ? "vn" : language === "vi" || language === "en" ? "ru" : "ru"],
    summary: p.title ? `Named in the article with the title "${p.title.entry.label}".` : "Named in the article.",
    citations: [citation],
  };
}
