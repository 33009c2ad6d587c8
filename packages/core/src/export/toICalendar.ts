import type { Language } from "../labels/Language.js";
import { textIn } from "../translate/textIn.js";
import { dateBounds } from "../dates/dateBounds.js";
import type { DeepReadonly } from "../deepFreeze.js";
import type { Dataset } from "../schema/Dataset.js";
import { eventKinds, type EventStatus } from "../schema/vocabularies.js";
import { textFragmentUrl } from "../query/textFragmentUrl.js";
import { escapeIcalText, foldIcalLine } from "./icalText.js";
import { plainText } from "../text/plainText.js";

/** An event left out of the calendar, and why. */
export interface SkippedEvent {
  id: string;
  /** The event's EDTF date. */
  date: string;
  /** Why it has no calendar days, e.g. "known only to the month". */
  reason: string;
}

/** The calendar text and the events it leaves out. */
export interface ICalendarExport {
  /** RFC 5545 text with CRLF line ends. */
  ics: string;
  /** Events whose dates are coarser than a day (or open-ended), which the calendar does not place on invented days. */
  skipped: SkippedEvent[];
}

const STATUS: Record<EventStatus, string> = {
  "took-place": "CONFIRMED",
  announced: "TENTATIVE",
  postponed: "CANCELLED",
  cancelled: "CANCELLED",
};

const compact = (isoDay: string) => isoDay.replace(/-/g, "");

function dayAfter(isoDay: string): string {
  const next = new Date(Date.parse(`${isoDay}T00:00:00Z`) + 86_400_000);
  return next.toISOString().slice(0, 10);
}

/**
 * The events as an iCalendar (RFC 5545): one all-day VEVENT per event dated to the day or to a span of days,
 * with `DTEND` the day after the last day (exclusive, as RFC 5545 requires for dates). Events known only to the month
 * or year, or with an open end, are left out rather than given invented days; they are returned in `skipped`
 * and counted in `X-WR-CALDESC`, and each is listed in an `X-PARLEY-SKIPPED` line. `STATUS`: took place →
 * CONFIRMED, announced → TENTATIVE, cancelled or postponed → CANCELLED. `UID` is `<event id>@parley`;
 * `DTSTAMP` is the latest source publication day, so the same data always gives the same text. `SUMMARY` and the
 * summary opening `DESCRIPTION` are in the language asked for, with `LANGUAGE=` saying which (English where a
 * translation is missing); the rest of the description stays English.
 */
export function toICalendar(dataset: DeepReadonly<Dataset>, language: Language = "en"): ICalendarExport {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const publishers = new Map(dataset.organizations.map((o) => [o.id, o.name]));
  const places = new Map(dataset.places.map((p) => [p.id, p]));
  const countries = new Map(dataset.countries.map((c) => [c.id, c.name]));

  let stampDay = "1970-01-01";
  for (const source of dataset.sources) {
    const day = source.published ? dateBounds(source.published)?.latest : null;
    if (day && day > stampDay && /^\d{4}-\d{2}-\d{2}$/.test(day)) stampDay = day;
  }
  const stamp = `${compact(stampDay)}T000000Z`;

  const locationOf = (placeId: string | undefined): string | null => {
    if (!placeId) return null;
    const names: string[] = [];
    let here = places.get(placeId);
    let country: string | undefined;
    let named = false;
    for (let guard = 0; here && guard < 10; guard++) {
      names.push(here.name);
      country = here.country;
      named ||= here.kind === "country";
      here = here.within ? places.get(here.within) : undefined;
    }
    const countryName = country && !named ? countries.get(country) : undefined;
    if (countryName) names.push(countryName);
    return names.join(", ");
  };

  const skipped: SkippedEvent[] = [];
  const body: string[] = [];
  for (const event of dataset.events) {
    const bounds = dateBounds(event.date);
    if (!bounds || bounds.earliest === null || bounds.latest === null) {
      skipped.push({ id: event.id, date: event.date, reason: "open-ended or unreadable date" });
      continue;
    }
    if (bounds.precision !== "day") {
      skipped.push({ id: event.id, date: event.date, reason: `known only to the ${bounds.precision}` });
      continue;
    }
    const lines = [
      "BEGIN:VEVENT",
      `UID:${event.id}@parley`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(bounds.earliest)}`,
      `DTEND;VALUE=DATE:${compact(dayAfter(bounds.latest))}`,
    ];
    const title = textIn(event, "title", language)!;
    lines.push(`SUMMARY;LANGUAGE=${title.lang}:${escapeIcalText(title.text)}`);
    const cited = event.citations.map((c) => {
      const source = sources.get(c.source);
      if (!source) return `- ${c.source}`;
      const publisher = source.publisher ? publishers.get(source.publisher) : undefined;
      const url = textFragmentUrl(c, source);
      const about = [publisher, source.published ?? "publication date unknown"].filter(Boolean).join(", ");
      return `- ${source.title} (${about})${url ? ` ${url}` : ""}`;
    });
    const qualifiers = [
      bounds.approximate ? "approximate date" : null,
      bounds.uncertain ? "uncertain date" : null,
      event.status === "postponed" ? "postponed" : null,
    ].filter(Boolean);
    const summary = textIn(event, "summary", language)!;
    const description = [
      plainText(summary.text),
      `${eventKinds[event.kind].label}; ${event.status.replace("-", " ")}` +
        `${qualifiers.length > 0 ? `; ${qualifiers.join(", ")}` : ""}; date as sourced: ${event.date}.`,
      `Sources:\n${cited.join("\n")}`,
      `Parley record: ${event.id}`,
    ].join("\n\n");
    lines.push(`DESCRIPTION;LANGUAGE=${summary.lang}:${escapeIcalText(description)}`);
    const location = locationOf(event.place ?? undefined);
    if (location) lines.push(`LOCATION:${escapeIcalText(location)}`);
    lines.push(
      `CATEGORIES:${escapeIcalText(eventKinds[event.kind].label)}`,
      `STATUS:${STATUS[event.status]}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
    body.push(...lines);
  }

  const head = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//Parley//Parley dataset ${dataset.version}//EN`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcalText(`Parley ${dataset.version}: Vietnam–Russia relations`)}`,
    `X-WR-CALDESC:${escapeIcalText(
      `${dataset.events.length - skipped.length} events dated to the day. ` +
        `${skipped.length} event${skipped.length === 1 ? " is" : "s are"} left out because sources date ` +
        `${skipped.length === 1 ? "it" : "them"} only to the month or year (or leave an end open), ` +
        `and a calendar needs days; each is listed in an X-PARLEY-SKIPPED line. ${dataset.citation}`,
    )}`,
    ...skipped.map((s) => `X-PARLEY-SKIPPED:${escapeIcalText(`${s.id} ${s.date}: ${s.reason}`)}`),
  ];
  const ics = [...head, ...body, "END:VCALENDAR"].map(foldIcalLine).join("\r\n") + "\r\n";
  return { ics, skipped };
}
