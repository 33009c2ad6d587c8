import { Link } from "@/components/Link";
import { pathFor } from "@/lib/paths";
import type { TimelineNode, TimelineYear } from "./groupTimeline";
import type { TimelineItem } from "./TimelineItem";

function ItemLine({ item }: { item: TimelineItem }) {
  return (
    <>
      <span className="meta">{item.when}</span> <Link href={pathFor("events", item.id)}>{item.title}</Link>{" "}
      <span className="badge">{item.kindLabel}</span>
      {item.statusNote ? (
        <>
          {" "}
          <span className="badge badge--warn">{item.statusNote}</span>
        </>
      ) : null}
    </>
  );
}

/** The events within an event, opened on demand, each with its own events within it. */
function Children({ nodes }: { nodes: readonly TimelineNode[] }) {
  if (nodes.length === 0) return null;
  return (
    <details>
      <summary>
        {nodes.length} {nodes.length === 1 ? "event" : "events"} within it
      </summary>
      <ul className="event-children">
        {nodes.map((c) => (
          <li key={c.item.id}>
            <ItemLine item={c.item} />
            <Children nodes={c.children} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The timeline: years, months, events, and each visit's meetings beneath it (rendered on the server and, filtered, in the browser). */
export function TimelineList({ years }: { years: readonly TimelineYear[] }) {
  if (years.length === 0) return <p className="notice">No events match these filters.</p>;
  return (
    <>
      {years.map((y) => (
        <section key={y.year} className="timeline-year" aria-labelledby={`year-${y.year}`}>
          <h2 id={`year-${y.year}`}>
            {y.year} <span className="meta">({y.count})</span>
          </h2>
          {y.months.map((m) => (
            <div key={m.key}>
              <h3 className="timeline-month">{m.label}</h3>
              <ul className="plain-list">
                {m.entries.map(({ item, children, partOf }) => (
                  <li key={item.id} className="event-item">
                    <ItemLine item={item} />
                    {partOf ? (
                      <div className="meta">
                        Part of <Link href={pathFor("events", partOf.id)}>{partOf.title}</Link>
                      </div>
                    ) : null}
                    <Children nodes={children} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
