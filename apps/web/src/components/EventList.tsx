import { textIn, type Event, type Frozen, type Language } from "@parley/core";
import { kindLabel, statusLabel } from "@/lib/labels";
import { pathFor } from "@/lib/paths";
import { componentText } from "./componentText";
import { DateText } from "./DateText";
import { Link } from "./Link";
import { LocalText } from "./LocalText";

/** A link to an event labelled with its title in the page's language (the English marked where untranslated). */
export function EventTitleLink({ event, language }: { event: Frozen<Event>; language: Language }) {
  const title = textIn(event, "title", language)!;
  return (
    <LocalText value={title} language={language}>
      <Link href={pathFor("events", event.id)}>{title.text}</Link>
    </LocalText>
  );
}

/** A compact list of events in the page's language: date, title, kind and (when not "took place") status. */
export function EventList({
  events,
  language,
  empty,
  limit,
}: {
  events: readonly Frozen<Event>[];
  language: Language;
  /** What to say when there are none ("No events are recorded." unless told). */
  empty?: string;
  limit?: number;
}) {
  if (events.length === 0) return <p className="meta">{empty ?? componentText[language].events.none}</p>;
  const shown = limit === undefined ? events : events.slice(0, limit);
  return (
    <ul className="plain-list">
      {shown.map((e) => (
        <li key={e.id}>
          <span className="meta">
            <DateText date={e.date} language={language} />
          </span>{" "}
          <EventTitleLink event={e} language={language} /> <span className="badge">{kindLabel(e.kind, language)}</span>
          {e.status !== "took-place" ? (
            <>
              {" "}
              <span className="badge badge--warn">{statusLabel(e.status, language)}</span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
