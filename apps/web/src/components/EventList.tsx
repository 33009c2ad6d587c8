import type { Event, Frozen } from "@parley/core";
import { kindLabel, statusLabel } from "@/lib/labels";
import { pathFor } from "@/lib/paths";
import { DateText } from "./DateText";
import { Link } from "./Link";

/** A compact list of events: date, title, kind and (when not "took place") status. */
export function EventList({
  events,
  empty = "No events are recorded.",
  limit,
}: {
  events: readonly Frozen<Event>[];
  empty?: string;
  limit?: number;
}) {
  if (events.length === 0) return <p className="meta">{empty}</p>;
  const shown = limit === undefined ? events : events.slice(0, limit);
  return (
    <ul className="plain-list">
      {shown.map((e) => (
        <li key={e.id}>
          <span className="meta">
            <DateText date={e.date} />
          </span>{" "}
          <Link href={pathFor("events", e.id)}>{e.title}</Link> <span className="badge">{kindLabel(e.kind)}</span>
          {e.status !== "took-place" ? (
            <>
              {" "}
              <span className="badge badge--warn">{statusLabel(e.status)}</span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
