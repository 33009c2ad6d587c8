import type { Language } from "@parley/core/search";
import type { DraftEvent } from "@parley/core/draft";
import { Link } from "@/components/Link";
import { formatEdtf } from "@/lib/formatEdtf";
import { kindLabel, statusLabel } from "@/lib/labels";
import { fillText } from "@/i18n/fillText";
import type { CurateText } from "./curateText";
import { mentionHref } from "./mentionHref";

/** A conflict's value in words. */
function valueText(value: unknown, nothing: string): string {
  if (value === null || value === undefined) return nothing;
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

/**
 * The events a draft reports, each with its match or "new", the fields that agree and the conflicts, in the page's
 * language around the drafted values.
 */
export function DraftEvents({
  events,
  text: t,
  language,
}: {
  events: readonly DraftEvent[];
  text: CurateText["events"];
  language: Language;
}) {
  if (events.length === 0) return <p>{t.none}</p>;
  return (
    <ol className="curate-events">
      {events.map((event, i) => {
        const { record } = event;
        const matchHref = mentionHref("event", event.match);
        return (
          <li key={i} className="curate-event">
            <h4>
              {t.roles[event.role]}: <span lang="en">{record.title}</span>
            </h4>
            <dl className="curate-facts">
              <dt>{t.date}</dt>
              <dd>{formatEdtf(record.date, language)}</dd>
              <dt>{t.kind}</dt>
              <dd>{kindLabel(record.kind, language)}</dd>
              <dt>{t.status}</dt>
              <dd>{statusLabel(record.status, language)}</dd>
              <dt>{t.inRecord}</dt>
              <dd>
                {matchHref && event.match ? (
                  <>
                    {t.matches} <Link href={matchHref}>{event.match}</Link>
                  </>
                ) : (
                  t.isNew
                )}
              </dd>
              {event.agrees.length > 0 && (
                <>
                  <dt>{t.agrees}</dt>
                  <dd>{event.agrees.join(", ")}</dd>
                </>
              )}
              <dt>{t.participants}</dt>
              <dd>
                {record.participants.length === 0
                  ? t.noParticipants
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
              <div
                className="table-wrap"
                role="region"
                aria-label={fillText(t.conflictsWith, { id: event.match ?? "" })}
                tabIndex={0}
              >
                <table className="curate-conflicts">
                  <caption>{t.caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.field}</th>
                      <th scope="col">{t.record}</th>
                      <th scope="col">{t.article}</th>
                      <th scope="col">{t.words}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {event.conflicts.map((c) => (
                      <tr key={c.path}>
                        <th scope="row">{c.path}</th>
                        <td>{valueText(c.record, t.nothing)}</td>
                        <td>{valueText(c.article, t.nothing)}</td>
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
