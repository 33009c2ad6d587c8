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
  const counts = new Map<string, TopicYear>();
  const tagged = new Set<string>();
  const bump = (topic: string, year: number) => {
    const key = `${topic}\u0000${year}`;
    const row = counts.get(key);
    if (row) row.count++;
    else counts.set(key, { topic, year, count: 1 });
  };
  const yearOf = (eventId: string): number | null => {
    const earliest = index.bounds.get(eventId)?.earliest;
    return earliest ? Number(earliest.slice(0, 4)) : null;
  };
  for (const event of data.events) {
    const year = yearOf(event.id);
    if (year === null) continue;
    for (const topic of new Set(event.topics)) {
      tagged.add(`${topic}\u0000${event.id}`);
      bump(topic, year);
    }
  }
  for (const statement of data.statements) {
    const year = yearOf(statement.event);
    if (year === null) continue;
    for (const topic of new Set(statement.topics)) {
      if (!tagged.has(`${topic}\u0000${statement.event}`)) bump(topic, year);
    }
  }
  const rows = [...counts.values()].sort((a, b) => a.year - b.year || (compareText(a.topic, b.topic)));
  return deepFreeze(rows);
}
