import { deepFreeze } from "../deepFreeze.js";
import type { Dataset } from "../schema/Dataset.js";
import type { ParleyIndex } from "./buildIndex.js";
import { compareText } from "./compareText.js";
import type { TopicYear } from "./Parley.js";

/**
 * How often each topic comes up per year: the events tagged with it, plus statements about it made at events
 * not already counted for it; the year is that of the event's earliest possible day. Sorted by year, then topic.
 */
export function countTopicsOverTime(data: Dataset, index: ParleyIndex): readonly TopicYear[] {
  const byTopic = new Map<string, Map<number, TopicYear>>();
  const bump = (topic: string, year: number) => {
    let years = byTopic.get(topic);
    if (!years) byTopic.set(topic, (years = new Map()));
    const row = years.get(year);
    if (row) row.count++;
    else years.set(year, { topic, year, count: 1 });
  };
  /** The year of an event's earliest possible day, or null when its start is open or unreadable. */
  const yearAt = (position: number): number | null =>
    index.dated[position] && index.bounds.get(index.events[position]!.id)?.earliest
      ? Number(index.earliest[position]!.slice(0, 4))
      : null;

  index.events.forEach((event, position) => {
    if (event.topics.length === 0) return;
    const year = yearAt(position);
    if (year === null) return;
    if (event.topics.length === 1) bump(event.topics[0]!, year);
    else for (const topic of new Set(event.topics)) bump(topic, year);
  });
  for (const statement of data.statements) {
    const position = index.eventPosition.get(statement.event);
    if (position === undefined) continue;
    const year = yearAt(position);
    if (year === null) continue;
    const eventTopics = index.events[position]!.topics;
    for (const topic of new Set(statement.topics)) if (!eventTopics.includes(topic)) bump(topic, year);
  }
  const rows = [...byTopic.values()]
    .flatMap((years) => [...years.values()])
    .sort((a, b) => a.year - b.year || compareText(a.topic, b.topic));
  return deepFreeze(rows);
}
