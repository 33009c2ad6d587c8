import type { Language } from "@parley/core/search";
import { localePath } from "@/i18n/localePath";
import { pathFor } from "@/lib/paths";
import { fillCounted } from "@/i18n/fillText";
import type { TimelineNode, TimelineYear, TitleOf } from "./groupTimeline";
import type { TimelineItem } from "./TimelineItem";
import type { TimelineText } from "./timelineText";

type ListText = TimelineText["list"];

/**
 * A link to an event with its title, marked with its language when it is not the page's, and saying so after the link
 * when English stands in for a missing translation (as `LocalText` does; this list also renders in the browser, so it
 * takes its words as props). A plain link: the list holds hundreds, and a router link each made hydration slower.
 */
function EventLink({ id, title, language, text }: { id: string; title: TitleOf; language: Language; text: ListText }) {
  const foreign = title.titleLang !== undefined && title.titleLang !== language;
  return (
    <>
      <a href={localePath(language, pathFor("events", id))}>
        {foreign ? <span lang={title.titleLang}>{title.title}</span> : title.title}
      </a>
      {foreign && title.titleLang === "en" ? <span className="untranslated"> ({text.untranslated})</span> : null}
    </>
  );
}

function ItemLine({ item, language, text }: { item: TimelineItem; language: Language; text: ListText }) {
  return (
    <>
      <span className="meta">{item.when}</span> <EventLink id={item.id} title={item} language={language} text={text} />{" "}
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
function Children({ nodes, language, text }: { nodes: readonly TimelineNode[]; language: Language; text: ListText }) {
  if (nodes.length === 0) return null;
  return (
    <details>
      <summary>{fillCounted(language, text.within, nodes.length)}</summary>
      <ul className="event-children">
        {nodes.map((c) => (
          <li key={c.item.id}>
            <ItemLine item={c.item} language={language} text={text} />
            <Children nodes={c.children} language={language} text={text} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * The timeline: years, months, events, and each visit's meetings beneath it (rendered on the server and, filtered, in
 * the browser), in the page's language with its words given as props.
 */
export function TimelineList({
  years,
  language,
  text,
}: {
  years: readonly TimelineYear[];
  language: Language;
  text: ListText;
}) {
  if (years.length === 0) return <p className="notice">{text.none}</p>;
  return (
    <>
      {years.map((y) => (
        <section key={y.key} className="timeline-year" aria-labelledby={`year-${y.key}`}>
          <h2 id={`year-${y.key}`}>
            {y.year} <span className="meta">({y.count.toLocaleString(language)})</span>
          </h2>
          {y.months.map((m) => (
            <div key={m.key}>
              <h3 className="timeline-month">{m.label}</h3>
              <ul className="plain-list">
                {m.entries.map(({ item, children, partOf }) => (
                  <li key={item.id} className="event-item">
                    <ItemLine item={item} language={language} text={text} />
                    {partOf ? (
                      <div className="meta">
                        {text.partOf} <EventLink id={partOf.id} title={partOf} language={language} text={text} />
                      </div>
                    ) : null}
                    <Children nodes={children} language={language} text={text} />
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
