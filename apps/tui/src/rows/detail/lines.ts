import type {
  Citation,
  CitationView,
  Disagreement,
  Frozen,
  Language,
  NativeName,
  OtherName,
  Parley,
  Statement,
} from "@parley/core";
import {
  citedPartIn,
  endHowLabels,
  otherNameKindLabels,
  plainText,
  splitLinks,
  startHowLabels,
  type EndHow,
  type StartHow,
} from "@parley/core";
import { formatDate } from "../../format/date.js";
import type { Messages } from "../../i18n/en.js";
import { messagesFor } from "../../i18n/messagesFor.js";
import { findIn, joined, labelIn, marked, noteOf, textOf, versionOf, type Find, type Shown } from "../localText.js";

/**
 * One line of a detail view; `link` lines open another record. `note`: shown dimmed after the text, never cut off
 * (the mark of English standing in for a translation).
 */
export type Line =
  | { type: "heading"; text: string }
  | { type: "text"; text: string; tone?: "dim" | "warn" | "quote"; indent?: number; note?: string }
  | { type: "field"; label: string; value: string }
  | { type: "link"; id: string; text: string; indent?: number; note?: string }
  | { type: "url"; url: string; label?: string; indent?: number };

/** What a detail view shows about one record: the same content as the record's web page. */
export interface Detail {
  kind: string;
  id: string;
  /** The record's title in the view's language. */
  title: string;
  /** Shown dimmed after the title: the mark of English standing in for a translation. */
  titleNote?: string;
  /** A short line under the title (kind, dates). */
  subtitle: string;
  lines: Line[];
}

/** Helpers that build lines against one dataset, in one language. */
export class Lines {
  readonly out: Line[] = [];
  /** The words of a detail view in this language. */
  readonly t: Messages["detail"];
  /** Any record by id, for labels in this language. */
  readonly find: Find;
  constructor(
    readonly parley: Parley,
    readonly language: Language,
  ) {
    this.t = messagesFor(language).detail;
    this.find = findIn(parley);
  }

  /** A record's label in this language (a person's name in the reader's script, an event's title…). */
  label(id: string): Shown {
    return labelIn(this.find, id, this.language);
  }
  /** Records' labels as one text, each marked where English stands in for a translation ("Вьетнам, Russia (…)"). */
  labels(ids: readonly string[]): string {
    return ids.map((id) => marked(this.label(id), this.language)).join(", ");
  }
  /** A record's text field in this language. */
  textOf<R extends Parameters<typeof textOf>[0], F extends keyof R & string>(record: R, field: F): Shown {
    return textOf(record, field, this.language);
  }
  /** A statement as its speaker's name and what they said, in plain words: "Володин: …". */
  statementLabel(s: Frozen<Statement>): Shown {
    const summary = this.textOf(s, "summary");
    return joined([this.label(s.speaker), ": ", { text: plainText(summary.text), english: summary.english }]);
  }
  /** Title and title note of a view, from a text in this language. */
  titled(shown: Shown): Pick<Detail, "title" | "titleNote"> {
    const note = noteOf(shown, this.language);
    return { title: shown.text, ...(note ? { titleNote: note } : {}) };
  }

  /** An EDTF date at its precision, in this language. */
  date(edtf: string | null | undefined): string {
    return formatDate(edtf, this.language);
  }

  heading(text: string): this {
    this.out.push({ type: "heading", text });
    return this;
  }
  /** A line of text; a record's text in this language is marked where English stands in for a translation. */
  text(text: string | Shown, tone?: "dim" | "warn" | "quote", indent?: number): this {
    const shown = typeof text === "string" ? { text, english: false } : text;
    const note = noteOf(shown, this.language);
    this.out.push({
      type: "text",
      text: shown.text,
      ...(tone ? { tone } : {}),
      ...(indent ? { indent } : {}),
      ...(note ? { note } : {}),
    });
    return this;
  }
  /** A free text in plain words, then a link to each record it links (`[text](id)` in the data). */
  prose(text: string | Shown, tone?: "dim" | "warn" | "quote", indent?: number): this {
    const shown = typeof text === "string" ? { text, english: false } : text;
    this.text({ text: plainText(shown.text), english: shown.english }, tone, indent);
    for (const part of splitLinks(shown.text))
      if (part.id !== undefined)
        this.link(this.parley.resolveId(part.id) ?? part.id, `→ ${part.text}`, (indent ?? 0) + 2);
    return this;
  }
  /** A link to each disagreement about this field of the record, placed under the field it disputes. */
  disputed(record: string, path: string, indent = 2): this {
    for (const d of this.parley.disagreementsAboutField(record, path))
      this.link(d.id, joined([`${this.t.disputed}: `, this.textOf(d, "question")]), indent);
    return this;
  }
  field(label: string, value: string | null | undefined): this {
    if (value !== null && value !== undefined && value !== "") this.out.push({ type: "field", label, value });
    return this;
  }
  /**
   * A link to a record, labelled with its label in this language unless a text is given; marked where English
   * stands in for a translation.
   */
  link(id: string, text?: string | Shown, indent?: number): this {
    const shown = text === undefined ? this.label(id) : typeof text === "string" ? { text, english: false } : text;
    const note = noteOf(shown, this.language);
    this.out.push({ type: "link", id, text: shown.text, ...(indent ? { indent } : {}), ...(note ? { note } : {}) });
    return this;
  }
  /** A link to a record labelled "Label: its label" ("Place: Hà Nội"). */
  labelledLink(id: string, label: string, indent?: number): this {
    return this.link(id, joined([`${label}: `, this.label(id)]), indent);
  }
  url(url: string, label?: string, indent?: number): this {
    this.out.push({ type: "url", url, ...(label ? { label } : {}), ...(indent ? { indent } : {}) });
    return this;
  }
  /** A heading followed by items, or nothing when there are none. */
  section<T>(title: string, items: readonly T[], each: (item: T) => void): this {
    if (items.length === 0) return this;
    this.heading(`${title} (${items.length})`);
    for (const item of items) each(item);
    return this;
  }

  /** A label for a linked event: its date at its precision and its title. */
  eventLink(id: string, indent?: number): this {
    const got = this.parley.getEvent(id);
    return got.ok
      ? this.link(id, joined([`${this.date(got.value.date)}  `, this.textOf(got.value, "title")]), indent)
      : this.link(id, undefined, indent);
  }

  /** The sources behind a list of citations, each as a link, indented under what they support. */
  sources(citations: readonly Frozen<Citation>[], indent = 2): this {
    for (const c of citations) this.link(c.source, `${this.t.source}: ${this.parley.labelOf(c.source)}`, indent);
    return this;
  }

  /** Names in every script with their sources (native name first, then every other spelling). */
  names(native: Frozen<NativeName> | undefined, others: readonly Frozen<OtherName>[]): this {
    const count = (native ? 1 : 0) + others.length;
    if (count === 0) return this;
    this.heading(`${this.t.names} (${count})`);
    if (native) {
      this.text(`${native.name}  (${native.lang}, ${this.t.native})`);
      this.sources(native.citations);
    }
    for (const other of others) {
      const note = other.note ? `; ${plainText(other.note)}` : "";
      this.text(`${other.name}  (${other.lang}, ${otherNameKindLabels[other.kind][this.language]}${note})`);
      this.sources(other.citations);
    }
    return this;
  }

  /** Every version of every disputed fact about a record, with sources, the preferred one and why. */
  disagreements(list: readonly Frozen<Disagreement>[]): this {
    if (list.length === 0) return this;
    const t = this.t;
    this.heading(`${t.sourcesDisagree} (${list.length})`);
    for (const d of list) {
      const fields = [...new Set(d.targets.map((target) => target.path))].join(", ");
      const nature = d.nature === "contradiction" ? t.contradiction : t.complementary;
      this.text(joined([this.textOf(d, "question"), `  [${fields}; ${nature}]`]), "warn");
      for (const [i, v] of d.versions.entries()) {
        const mark =
          v.rank === "preferred" ? t.preferredMark : v.rank === "deprecated" ? t.deprecatedMark : t.normalMark;
        const value = versionOf(d, i, this.language);
        this.prose(joined([`${mark}: `, value, v.date ? ` (${this.date(v.date)})` : ""]), undefined, 2);
        this.sources(v.citations, 4);
      }
      const preferred = d.versions.some((v) => v.rank === "preferred");
      this.prose(joined([`${preferred ? t.whyPreferred : t.howTheyFit}: `, this.textOf(d, "reason")]), "dim", 2);
      this.link(d.id, `${t.disagreement}: ${d.id}`, 2);
    }
    return this;
  }

  /** Every citation with its source, the cited words, the source URL and the text-fragment link. */
  citations(list: readonly CitationView[]): this {
    if (list.length === 0) return this;
    this.heading(`${this.t.citations} (${list.length})`);
    for (const c of list) {
      this.link(c.source.id, `[${citedPartIn(c.part, this.language)}] ${c.source.title}`);
      const where = [
        c.citation.paragraph ? `¶${c.citation.paragraph}` : "",
        c.citation.note === undefined ? "" : plainText(c.citation.note),
      ]
        .filter(Boolean)
        .join(" · ");
      if (c.citation.fragment) this.text(`“${c.citation.fragment}”${where ? `  ${where}` : ""}`, "quote", 2);
      else if (where) this.text(where, "dim", 2);
      if (c.source.url) this.url(c.source.url, this.t.url, 2);
      if (c.url && c.url !== c.source.url) this.url(c.url, this.t.citedWords, 2);
      if (!c.source.url) this.text(this.t.noUrl, "dim", 2);
    }
    return this;
  }

  /** The closing sections every record has: disagreements about it and its citations. */
  provenance(id: string): this {
    return this.disagreements(this.parley.disagreementsAbout(id)).citations(this.parley.citationsOf(id));
  }
}

/** A term of office as text in a language: "15 Oct 2016 – 2021 (elected → re-elected)". */
export function termText(
  m: {
    start?: string;
    end?: string;
    startHow?: StartHow;
    endHow?: EndHow;
    firstSeen?: string;
    lastSeen?: string;
    acting?: boolean;
  },
  language: Language,
): string {
  const t = messagesFor(language).detail;
  const date = (edtf: string) => formatDate(edtf, language);
  const start = m.start ? date(m.start) : m.firstSeen ? t.termBy(date(m.firstSeen)) : t.startUnknown;
  const end = m.end ? date(m.end) : m.lastSeen ? t.stillInPost(date(m.lastSeen)) : t.noEnd;
  const how = [m.startHow && startHowLabels[m.startHow], m.endHow && endHowLabels[m.endHow]]
    .flatMap((label) => (label ? [label[language].toLowerCase()] : []))
    .join(" → ");
  return `${start} – ${end}${how ? ` (${how})` : ""}${m.acting ? t.acting : ""}`;
}
