"use client";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { NoticeList } from "@/components/NoticeList";
import { pushSearch, useLocationSearch } from "@/lib/useLocationSearch";
import { filterTimeline } from "./filterTimeline";
import { groupTimeline } from "./groupTimeline";
import type { FilterOptions, TimelineItem } from "./TimelineItem";
import { TimelineFilterForm } from "./TimelineFilterForm";
import { TimelineList } from "./TimelineList";
import { hasFilters, parseTimelineQuery, timelineQuery, type TimelineFilters } from "./timelineQuery";

type Data =
  { status: "idle" | "loading" } | { status: "ready"; items: TimelineItem[] } | { status: "error"; message: string };

let itemsPromise: Promise<TimelineItem[]> | null = null;

/** Fetches the compact list of every event once per page view. */
function loadItems(url: string): Promise<TimelineItem[]> {
  itemsPromise ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`the event list answered ${r.status}`);
    return r.json() as Promise<TimelineItem[]>;
  });
  itemsPromise.catch(() => {
    itemsPromise = null;
  });
  return itemsPromise;
}

/**
 * The timeline's filters, kept in the URL query so any view can be shared and reloaded.
 * Without filters it shows the full list rendered on the server (`children`); with filters it filters
 * the compact event list (`dataUrl`, fetched on first use) in the browser.
 */
export function TimelineExplorer({
  options,
  total,
  dataUrl,
  children,
}: {
  options: FilterOptions;
  total: number;
  dataUrl: string;
  children: ReactNode;
}) {
  const search = useLocationSearch();
  const { filters, notices } = useMemo(() => parseTimelineQuery(search, options), [search, options]);
  const active = hasFilters(filters);
  const [data, setData] = useState<Data>({ status: "idle" });

  useEffect(() => {
    if (!active) return;
    let live = true;
    loadItems(dataUrl).then(
      (items) => live && setData({ status: "ready", items }),
      (error: unknown) =>
        live && setData({ status: "error", message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [active, dataUrl]);

  const result = useMemo(() => {
    if (data.status !== "ready" || !active) return null;
    const titles = new Map(data.items.map((i) => [i.id, i.title]));
    const matched = filterTimeline(data.items, filters);
    return { years: groupTimeline(matched, titles), count: matched.length };
  }, [data, filters, active]);

  const update = (next: TimelineFilters) => pushSearch(timelineQuery(next));

  const status = !active
    ? `${total} events. Choose filters to narrow the list; the address bar keeps them, so you can share the view.`
    : data.status === "error"
      ? `The events could not be loaded for filtering: ${data.message}.`
      : result === null
        ? "Filtering…"
        : `${result.count} of ${total} events match.`;

  return (
    <>
      <TimelineFilterForm options={options} filters={filters} onChange={update} />
      <NoticeList intro="Some filters in this address could not be used:" notices={notices} />
      <p className="meta" role="status" aria-live="polite" id="timeline-status">
        {status}
      </p>
      {active && result ? <TimelineList years={result.years} /> : children}
    </>
  );
}
