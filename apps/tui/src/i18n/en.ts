// The terminal's own words in English: the source of truth for the keys. The Vietnamese and Russian dictionaries are
// typed as `Messages`, so a key missing from either (or one they add) fails the typecheck. Words for controlled values
// (event kinds, statuses, roles, record kinds) are not here: they come from core's label tables, as on the web.
import type { Disagreement, EarlierPlan, RecordKind } from "@parley/core";

/** "1 event", "3 events". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
  /** Words shared by output of every kind. */
  common: {
    /** Before a one-line error on stderr. */
    error: "error",
    /** Where the dataset came from when no `--data` is given. */
    shippedDataset: "the shipped dataset",
    unknown: "unknown",
    yes: "yes",
    no: "no",
    /**
     * After a record's text shown in English because it has no translation yet, in brackets: "(tiếng Anh)". Never
     * shown in English.
     */
    inEnglish: "in English",
  },

  /** Dates at their precision; `date` is already formatted. */
  dates: {
    unknown: "date unknown",
    onOrBefore: (date: string) => `on or before ${date}`,
    onOrAfter: (date: string) => `on or after ${date}`,
    approximate: (date: string) => `c. ${date}`,
    uncertain: (date: string) => `${date}?`,
  },

  /** Counted records of each kind, in running text ("3 events"). */
  kindCount: {
    events: (n: number) => count(n, "event", "events"),
    people: (n: number) => count(n, "person", "people"),
    organizations: (n: number) => count(n, "organization", "organizations"),
    posts: (n: number) => count(n, "office", "offices"),
    memberships: (n: number) => count(n, "term of office", "terms of office"),
    documents: (n: number) => count(n, "document", "documents"),
    statements: (n: number) => count(n, "statement", "statements"),
    topics: (n: number) => count(n, "topic", "topics"),
    places: (n: number) => count(n, "place", "places"),
    countries: (n: number) => count(n, "country", "countries"),
    sources: (n: number) => count(n, "source", "sources"),
    disagreements: (n: number) => count(n, "disagreement", "disagreements"),
  } satisfies Record<RecordKind, (n: number) => string>,

  /** The command line: `--help` of the program and its commands, and commander's own messages. */
  cli: {
    description:
      "Browse and query Parley, a source-cited knowledge base of Vietnam–Russia relations.\n" +
      "Without a command, opens the interactive browser (in a terminal) or prints a summary (in a pipe).",
    version: "print the version",
    help: "show help",
    helpCommand: "display help for command",
    data: "use this dataset file or data folder instead of the shipped one (validated first)",
    revalidate: "validate the --data file even if the cache knows these exact bytes are valid",
    lang: "language of the interface: en, vi or ru (by default from LC_ALL, LC_MESSAGES or LANG)",
    /** Headings of `--help`, keyed by commander's English ones. */
    titles: {
      "Usage:": "Usage:",
      "Options:": "Options:",
      "Commands:": "Commands:",
      "Arguments:": "Arguments:",
      "Global Options:": "Global Options:",
    },
    choices: "choices",
    default: "default",
    events: {
      description: "list events in date order (tab-separated: EDTF date, id, kind, title)",
      from: "events that may end on or after this date",
      to: "events that may start on or before this date",
      kind: "only this kind of event",
      person: "only events this person took part in",
      topic: "only events on this topic (or a narrower one)",
      limit: "at most this many events, the first in date order",
      json: "print a JSON array of the events as stored",
    },
    summary: {
      description: "print the dataset's key numbers and where to look next (what `parley` prints in a pipe)",
    },
    show: {
      description: "show everything about one record, with links (ids in brackets) and citations",
      id: "the record's id, e.g. vyacheslav-volodin",
      json: "print JSON: the record as stored and the lines shown",
    },
    search: {
      description:
        "search names, titles, labels and aliases, and what statements, terms of office and disagreements say, " +
        "ignoring accents and script (tab-separated: kind, id, label)",
      query: "words to look for, e.g. volodin or Володин",
      kind: (kinds: string) => `only this kind of record (${kinds})`,
      limit: "at most this many results",
      json: "print a JSON array of hits",
    },
    export: {
      description: "export the dataset to stdout or a file",
      format: "what to write",
      kind: "one kind of record: required for csv, optional for json",
      out: "write to this file atomically instead of stdout",
      formats:
        "Formats: json (the dataset), csv (one kind, needs --kind), ics (iCalendar of dated events),\n" +
        "popolo (Popolo JSON), jsonl (PLOVER event data, one JSON per line), schema (JSON Schema of the dataset).",
    },
    validate: {
      description: "check a dataset file with core's validator; exit 0 when clean, 1 when issues are found",
      file: "a dataset JSON file or data folder",
      json: "print the issues and notices as JSON",
    },
    draft: {
      description: "draft cited records from a news article (text or saved HTML) and print a review of them",
      file: "the article, or - for standard input",
      url: "the article's address",
      published: "its publication date, YYYY-MM-DD",
      publisher: "who published it (a name or an organization's id)",
      lang: "its language (detected when left out)",
      json: "print the draft as JSON instead of the review",
      out: "write the draft as JSON to this file (atomically)",
    },
    apply: {
      description: "merge a reviewed draft into a dataset file or data folder; prints the changes (ADD, MOD, DEL)",
      draft: "a draft JSON file, as `parley draft --json` writes it",
      into: "the dataset file or data folder to merge into (written all at once, or not at all)",
      dryRun: "print the changes without writing anything",
    },
    diff: {
      description:
        "print the record-level changes (ADD, MOD, DEL) from one dataset to another, for review and release notes",
      old: "the dataset file or data folder before",
      new: "the dataset file or data folder after",
      json: "print the changes as JSON",
    },
    /** Why an option's value was refused. */
    notADate: "not a date; use EDTF such as 2023, 2023-10 or 2023-10-16",
    notADay: "not a day; use YYYY-MM-DD",
    notAKind: (kinds: string) => `not a kind of record; use one of ${kinds}`,
    notAPositiveWholeNumber: "not a positive whole number",
    unknownLanguage: (value: string) => `unknown language '${value}' for --lang; use en, vi or ru`,
    missingLanguage: "option '--lang <lang>' argument missing",
    unknownCommand: (word: string, commands: string) =>
      `unknown command '${word}' (commands: ${commands}; see parley --help)`,
    /** commander's messages, given their variable parts. */
    commander: {
      unknownOption: (flag: string) => `unknown option '${flag}'`,
      didYouMean: (what: string) => `(Did you mean ${what}?)`,
      didYouMeanOneOf: (what: string) => `(Did you mean one of ${what}?)`,
      missingArgument: (name: string) => `missing required argument '${name}'`,
      optionMissingArgument: (flags: string) => `option '${flags}' argument missing`,
      requiredOption: (flags: string) => `required option '${flags}' not specified`,
      invalidOptionValue: (flags: string, value: string) => `option '${flags}' argument '${value}' is invalid.`,
      invalidArgumentValue: (value: string, name: string) =>
        `command-argument value '${value}' is invalid for argument '${name}'.`,
      allowedChoices: (choices: string) => `Allowed choices are ${choices}.`,
      tooManyArguments: (command: string, expected: number, got: number) =>
        `too many arguments for '${command}'. Expected ${expected} argument${expected === 1 ? "" : "s"} but got ${got}.`,
    },
  },

  /** What the subcommands print. */
  commands: {
    summary: {
      heading: (version: string, origin: string) => `Parley: Vietnam–Russia relations, dataset ${version} (${origin})`,
      range: (from: string, to: string) => `events from ${from} to ${to}`,
      next: "The interactive browser needs a terminal; for scripts see `parley --help` (events, show, search, export, validate).",
    },
    noEventsMatch: "no events match",
    noRecord: (id: string) => `no record with id "${id}"`,
    /** `kind`: a record kind's noun, lower case ("person"). */
    noRecordOfKind: (kind: string, id: string) => `no ${kind} with id "${id}"`,
    wrongKind: (id: string, found: string, wanted: string) => `"${id}" is a ${found}, not a ${wanted}`,
    notSearched: (kind: string, kinds: string) => `${kind} are not searched; --kind takes one of ${kinds}`,
    nothingMatches: (query: string) => `nothing matches "${query}"`,
    kindOnlyCsvJson: (format: string) => `--kind applies to --format csv and json only; ${format} has a fixed content`,
    csvNeedsKind: "--format csv needs --kind (a CSV file holds one kind of record), e.g. --kind events",
    leftOutOfCalendar: (n: number, id: string, reason: string) =>
      `ics: ${count(n, "event", "events")} left out of the calendar (e.g. ${id}: ${reason})`,
    otherTextThere: (file: string) =>
      `${file} holds another text; give the draft's source another textFile; nothing written`,
    wrote: (file: string) => `wrote ${file}`,
    wroteBytes: (file: string, bytes: number) => `wrote ${file} (${bytes} bytes)`,
    valid: (file: string, records: number) => `${file}: valid, ${records} records`,
    notices: (n: number) => `; ${count(n, "notice", "notices")} (things that could not be checked)`,
    issueCount: (origin: string, issues: number, records: number) =>
      `${origin}: ${count(issues, "issue", "issues")} in ${count(records, "record", "records")}`,
    notApplied: (draft: string, issues: number) =>
      `${draft}: not applied, ${count(issues, "issue", "issues")}; nothing written`,
    holdsAlready: (into: string) => `${into} holds this draft already; nothing written`,
    dryRun: (into: string) => `dry run: nothing written to ${into}`,
    dryRunWithText: (into: string, texts: string) =>
      `dry run: nothing written to ${into} (nor the article's text to ${texts})`,
    wroteWithText: (into: string, texts: string) => `wrote ${into}, with the article's text in ${texts}`,
    nothingDrafted: (file: string, note: string) => `${file}: ${note}; nothing drafted`,
    standardInput: "standard input",
    noChanges: "no changes",
    changeCount: (n: number, added: number, modified: number, deleted: number) =>
      `${count(n, "change", "changes")}: ${added} added, ${modified} modified, ${deleted} deleted`,
    /** Before a change to the dataset's own fields in a diff. */
    datasetField: "dataset",
    review: {
      source: "Source",
      note: "Note",
      dateUnknown: "date unknown",
      noUrl: "no URL",
      text: (known: number, unknown: number) => `Text (${known} spans name records, ${unknown} names are new)`,
      events: "Events",
      at: "at",
      people: "people",
      agrees: "agrees",
      record: "record",
      article: "article",
      newPeople: "New people",
      documents: "Documents",
      statements: "Statements",
      disagreements: "Disagreements",
    },
  },

  /** The interactive interface's frame, screens and keys. */
  screens: {
    home: "Home",
    help: "Help",
    search: "Search",
    issues: "Dataset issues",
    timeline: "Events (timeline)",
    noRecord: (id: string) => `No record with id "${id}".`,
    opening: (file: string, size: string) => `Opening ${file} (${size}): reading and checking it…`,
    openingShort: (size: string) => `Opening (${size})…`,
    helpHints: "?/Esc close  ↑↓ scroll  q quit",
    /** The footer's word for Tab: switching lists, or jumping between a record's links. */
    lists: "lists",
    links: "links",
  },

  home: {
    title: "Vietnam–Russia relations, centred on parliamentary diplomacy",
    events: (from: string, to: string) => `events ${from} – ${to}`,
    dataset: (version: string, origin: string) => `dataset ${version} (${origin})`,
    /** How a `--data` file was checked. */
    validated: "validated",
    validatedCached: "validated (cached)",
    lists: "Lists",
    also: (counts: string) => `also ${counts}`,
    latest: "Latest events",
  },

  lists: {
    /** A topic's broader topic, after the topic. */
    within: (parent: string) => `in ${parent}`,
    undated: "undated",
  },

  issues: {
    cannotBrowse: (origin: string, issues: number, records: number) =>
      `${origin} cannot be browsed: ${count(issues, "issue", "issues")} in ${count(records, "record", "records")}`,
    fix: "Fix them, or check with `parley validate FILE`.",
  },

  search: {
    placeholder: "search",
    building: "Building the search index…",
    prompt: "Type to search people, events, places, sources… in any script.",
    nothing: (query: string) => `Nothing matches “${query}”.`,
    unavailable: (reason: string) => `Search is not available: ${reason}`,
  },

  /** What each command of the key map does: a description for the help, a word for the footer. */
  keys: {
    up: { description: "move up", hint: "move" },
    down: { description: "move down", hint: "move" },
    pageUp: { description: "page up", hint: "page" },
    pageDown: { description: "page down", hint: "page" },
    top: { description: "go to the top", hint: "top" },
    bottom: { description: "go to the bottom", hint: "bottom" },
    open: { description: "open the selected row", hint: "open" },
    back: { description: "go back", hint: "back" },
    nextList: { description: "next list (in a record: next link)", hint: "lists" },
    prevList: { description: "previous list (in a record: previous link)", hint: "lists" },
    search: { description: "search everything", hint: "search" },
    help: { description: "show or hide this help", hint: "help" },
    quit: { description: "quit", hint: "quit" },
  },

  help: {
    keys: "Keys",
    inSearch: "In the search box",
    letters: "letters",
    typeQuery: "type the query (any script, accents optional)",
    caret: "move the caret, delete the letter before it",
    deleteWords: "delete to the start, or the word before the caret",
    results: "move through the results",
    openResult: "open the selected result",
    leave: "leave the search",
    close: "Press ? or Esc to close this help.",
    closeShort: "? or Esc closes this help.",
  },

  /** Detail views: a record's page, on screen and from `parley show`. */
  detail: {
    date: "Date",
    kind: "Kind",
    place: "Place",
    countries: "Countries",
    country: "Country",
    partOf: "Part of",
    sessionOf: (sequence: string) => `Session${sequence ? ` ${sequence}` : ""} of`,
    status: "Status",
    earlierPlanned: (date: string, outcome: string, reason: string) =>
      `earlier planned for ${date}: ${outcome}${reason ? ` (${reason})` : ""}`,
    /** How an earlier plan ended. */
    outcomes: { postponed: "postponed", cancelled: "cancelled", moved: "moved" } satisfies Record<
      EarlierPlan["outcome"],
      string
    >,
    summary: "Summary",
    withinEvent: "Within this event",
    participants: "Participants",
    as: (what: string) => `as ${what}`,
    heldAmbiguous: " (the date is too coarse to be sure of the post)",
    heldImpossible: " (the recorded terms do not show this post that day)",
    organizations: "Organizations",
    topics: "Topics",
    documents: "Documents",
    statements: "Statements",
    events: "Events",
    source: "source",
    names: "Names",
    native: "native",
    disputed: "⚠ disputed",
    sourcesDisagree: "Sources disagree",
    contradiction: "contradiction",
    complementary: "complementary accounts",
    preferredMark: "★ preferred",
    deprecatedMark: "✗ deprecated",
    normalMark: "· normal",
    whyPreferred: "Why preferred",
    howTheyFit: "How they fit",
    disagreement: "disagreement",
    citations: "Citations",
    url: "url",
    citedWords: "cited words",
    noUrl: "no URL known for this source",
    /** A term of office's ends. */
    termBy: (date: string) => `by ${date}`,
    startUnknown: "start unknown",
    stillInPost: (date: string) => `still in post ${date}`,
    noEnd: "no end recorded",
    acting: ", acting",
    notToBeConfused: (what: string) => `Not to be confused: ${what}`,
    founded: "Founded",
    webSite: "web site",
    parts: "Parts",
    documentsPartyTo: "Documents it is party to",
    sourcesPublished: "Sources it published",
    reprints: "Reprints of its reporting",
    of: "Of",
    holders: "Holders",
    oneAtATime: "one at a time",
    severalAtOnce: "several at once",
    alsoCalled: "Also called",
    holdersOverTime: "Holders over time",
    terms: (n: number) => count(n, "term", "terms"),
    broader: "Broader",
    also: "Also",
    narrower: "Narrower topics",
    within: "Within",
    coordinates: "Coordinates",
    placesWithin: "Places within",
    signedAt: "Signed at",
    parties: "Parties",
    signatories: "Signatories",
    publisher: "Publisher",
    published: "Published",
    language: "Language",
    urlField: "URL",
    textHeld: "Text held",
    republishes: "Republishes",
    quality: "Quality",
    weakSource: "weak source: corroborate what rests on it",
    republishedBy: "Republished by",
    recordsCiting: "Records citing it",
    citedBy: (n: number) => `cited by ${count(n, "record", "records")}`,
    speaker: "Speaker",
    position: "Position (paraphrased)",
    holder: "Holder",
    post: "Post",
    term: "Term",
    firstSeen: "First seen in post",
    lastSeen: "Last seen in post",
    about: "About",
    field: "Field",
    nature: "Nature",
    /** A disagreement's nature (`Disagreement.nature`). */
    natures: { contradiction: "contradiction", complementary: "complementary" } satisfies Record<
      Disagreement["nature"],
      string
    >,
    versions: "Versions",
    reason: "Reason",
    nationality: "Nationality",
    born: "Born",
    died: "Died",
    officesOverTime: "Offices over time",
    metWith: "Met with",
  },
};

/** Every string of the terminal, in one language. */
export type Messages = typeof en;
