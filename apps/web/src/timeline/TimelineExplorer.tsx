"use client";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { NoticeList } from "@/components/NoticeList";
import { useLanguage } from "@/i18n/LanguageProvider";
import { pushSearch, useLocationSearch } from "@/lib/useLocationSearch";
import { fillCounted, fillText } from "@/i18n/fillText";
import { filterTimeline } from "./filterTimeline";
import { groupTimeline } from "./groupTimeline";
import type { FilterOptions, TimelineItem } from "./TimelineItem";
import { TimelineFilterForm } from "./TimelineFilterForm";
import { TimelineList } from "./TimelineList";
import { hasFilters, parseTimelineQuery, timelineQuery, type TimelineFilters } from "./timelineQuery";
import type { TimelineText } from "./timelineText";

type Data =
  | { status: "idle" | "loading" }
  | { status: "ready"; items: TimelineItem[]; url: string }
  | { status: "error"; message: string };

/** The event lists fetched so far, by address: one per language's site, so switching language never reuses another's. */
const itemsPromises = new Map<string, Promise<TimelineItem[]>>();

/** Fetches a language's compact list of every event once per page view; `failed` words the error of a bad answer. */
function loadItems(url: string, failed: string): Promise<TimelineItem[]> {
  let promise = itemsPromises.get(url);
  if (!promise) {
    promise = fetch(url).then((r) => {
      if (!r.ok) throw new Error(fillText(failed, { status: String(r.status) }));
      return r.json() as Promise<TimelineItem[]>;
    });
    itemsPromises.set(url, promise);
    promise.catch(() => itemsPromises.delete(url));
  }
  return promise;
}

/**
 * The timeline's filters, kept in the URL query so any view can be shared and reloaded.
 * Without filters it shows the full list rendered on the server (`children`); with filters it filters
 * the compact event list of the page's language (`dataUrl`, fetched on first use) in the browser.
 * Its words come from the server in the page's language (`text`).
 */
export function TimelineExplorer({
  options,
  total,
  dataUrl,
  text,
  children,
}: {
  options: FilterOptions;
  total: number;
  dataUrl: string;
  text: TimelineText;
  children: ReactNode;
}) {
  const language = useLanguage();
  const search = useLocationSearch();
  const { filters, notices } = useMemo(
    () => parseTimelineQuery(search, options, text.query),
    [search, options, text.query],
  );
  const active = hasFilters(filters);
  const [data, setData] = useState<Data>({ status: "idle" });

  useEffect(() => {
    if (!active) return;
    let live = true;
    loadItems(dataUrl, text.status.answered).then(
      (items) => live && setData({ status: "ready", items, url: dataUrl }),
      (error: unknown) =>
        live && setData({ status: "error", message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [active, dataUrl, text.status.answered]);

  const result = useMemo(() => {
    // Items fetched for another language's page (after switching language in place) wait for this page's own.
    if (data.status !== "ready" || data.url !== dataUrl || !active) return null;
    const titles = new Map(data.items.map((i) => [i.id, i]));
    const matched = filterTimeline(data.items, filters);
    return { years: groupTimeline(matched, titles, language, text.groups), count: matched.length };
  }, [data, dataUrl, filters, active, language, text.groups]);

  const update = (next: TimelineFilters) => pushSearch(timelineQuery(next));

  const status = !active
    ? fillCounted(language, text.status.idle, total)
    : data.status === "error"
      ? fillText(text.status.failed, { message: data.message })
      : result === null
        ? text.status.filtering
        : fillText(text.status.matched, {
            count: result.count.toLocaleString(language),
            total: total.toLocaleString(language),
          });

  return (
    <>
      <TimelineFilterForm options={options} filters={filters} onChange={update} text={text.form} />
      <NoticeList intro={text.query.intro} notices={notices} />
      <p className="meta" role="status" aria-live="polite" id="timeline-status">
        {status}
      </p>
      {active && result ? <TimelineList years={result.years} language={language} text={text.list} /> : children}
    </>
  );
}
