import { textIn, type Language, type Parley } from "@parley/core";
import { formatEdtf } from "@/lib/formatEdtf";
import { kindLabel, statusLabel } from "@/lib/labels";
import type { FilterOption, FilterOptions, TimelineItem } from "./TimelineItem";

/** Every event as a compact timeline item in a language (title, date and labels), in date order. */
export function timelineItems(parley: Parley, language: Language): TimelineItem[] {
  const broader = new Map<string, string | undefined>(parley.dataset.topics.map((t) => [t.id, t.parent]));
  const withBroader = (ids: readonly string[]) => {
    const out = new Set<string>();
    for (const id of ids) {
      let at: string | undefined = id;
      while (at && !out.has(at)) {
        out.add(at);
        at = broader.get(at);
      }
    }
    return [...out];
  };
  return parley.timeline().map((e) => {
    const b = parley.boundsOf(e.id);
    const title = textIn(e, "title", language) ?? { text: e.title, lang: "en" };
    return {
      id: e.id,
      title: title.text,
      ...(title.lang === language ? {} : { titleLang: title.lang }),
      when: formatEdtf(e.date, language),
      start: b?.earliest ?? null,
      end: b?.latest ?? null,
      precision: b?.precision ?? null,
      kind: e.kind,
      kindLabel: kindLabel(e.kind, language),
      status: e.status,
      ...(e.status === "took-place" ? {} : { statusNote: statusLabel(e.status, language) }),
      parent: e.parent ?? null,
      countries: [...e.countries],
      people: [...new Set(e.participants.map((p) => p.person))],
      organizations: [...new Set([...e.organizations.map((o) => o.organization), ...(e.series ? [e.series] : [])])],
      topics: withBroader(e.topics),
    };
  });
}

function count(
  items: readonly TimelineItem[],
  pick: (item: TimelineItem) => readonly string[],
  label: (value: string) => string,
  language: Language,
): FilterOption[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const v of pick(item)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, n]) => ({ value, label: label(value), count: n }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}

/**
 * The choices for each timeline filter, drawn from the events themselves (so no filter offers an empty choice),
 * labelled and sorted in the items' language.
 */
export function filterOptions(parley: Parley, items: readonly TimelineItem[], language: Language): FilterOptions {
  const label = (id: string) => parley.labelOf(id, language);
  const years = items.flatMap((i) => (i.start ? [Number(i.start.slice(0, 4))] : []));
  return {
    kinds: count(
      items,
      (i) => [i.kind],
      (k) => items.find((i) => i.kind === k)?.kindLabel ?? k,
      language,
    ),
    statuses: count(
      items,
      (i) => [i.status],
      (s) => statusLabel(s as TimelineItem["status"], language),
      language,
    ),
    countries: count(items, (i) => i.countries, label, language),
    people: count(items, (i) => i.people, label, language),
    organizations: count(items, (i) => i.organizations, label, language),
    topics: count(items, (i) => i.topics, label, language),
    years: years.length === 0 ? [] : [years.reduce((a, b) => Math.min(a, b)), years.reduce((a, b) => Math.max(a, b))],
  };
}
