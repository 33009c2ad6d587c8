import type { DraftEvent } from "@parley/core/draft";
import { Link } from "@/components/Link";
import { formatEdtf } from "@/lib/formatEdtf";
import { mentionHref } from "./mentionHref";

const ROLE_HEADINGS: Record<DraftEvent["role"], string> = {
  main: "Main event",
  reported: "Also reported",
  background: "Background reference",
};

/** A conflict's value in words. */
function valueText(value: unknown): string {
  if (value === null || value === undefined) return "(nothing)";
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

/** The events a draft reports, each with its match or "new", the fields that agree and the conflicts. */
export function DraftEvents({ events }: { events: readonly DraftEvent[] }) {
  if (events.length === 0) return <p>No event was found in the text.</p>;
  return (
    <ol className="curate-events">
      {events.map((event, i) => {
        const { record } = event;
        const matchHref = mentionHref("event", event.match);
        return (
          <li key={i} className="curate-event">
            <h4>
              {ROLE_HEADINGS[event.role]}: {record.title}
            </h4>
            <dl className="curate-facts">
              <dt>Date</dt>
              <dd>{formatEdtf(record.date)}</dd>
              <dt>Kind</dt>
              <dd>{record.kind.replaceAll("-", " ")}</dd>
              <dt>Status</dt>
              <dd>{record.status.replaceAll("-", " ")}</dd>
              <dt>In the record</dt>
              <dd>
                {matchHref && event.match ? (
                  <>
                    matches <Link href={matchHref}>{event.match}</Link>
                  </>
                ) : (
                  "new: not in the record yet"
                )}
              </dd>
              {event.agrees.length > 0 && (
                <>
                  <dt>Agrees on</dt>
                  <dd>{event.agrees.join(", ")}</dd>
                </>
              )}
              <dt>Participants</dt>
              <dd>
                {record.participants.length === 0
                  ? "none found"
                  : record.participants.map((p, j) => {
                      const href = mentionHref("person", p.person);
                      return (
                        <span key={p.person}>
                          {j > 0 && ", "}
                          {href ? <Link href={href}>{p.person}</Link> : p.person}
                          {p.posts.length > 0 ? ` (${p.posts.join(", ")})` : ""}
                        </span>
                      );
                    })}
              </dd>
            </dl>
            {event.conflicts.length > 0 && (
              <div className="table-wrap" role="region" aria-label={`Conflicts with ${event.match}`} tabIndex={0}>
                <table className="curate-conflicts">
                  <caption>Where the article and the record differ (both are kept as a disagreement)</caption>
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">The record</th>
                      <th scope="col">The article</th>
                      <th scope="col">The article’s words</th>
                    </tr>
                  </thead>
                  <tbody>
                    {event.conflicts.map((c) => (
                      <tr key={c.path}>
                        <th scope="row">{c.path}</th>
                        <td>{valueText(c.record)}</td>
                        <td>{valueText(c.article)}</td>
                        <td>
                          <q>{c.fragment}</q>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
