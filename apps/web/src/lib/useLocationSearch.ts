"use client";
import { useSyncExternalStore } from "react";

const LOCATION_EVENT = "parley:locationchange";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(LOCATION_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(LOCATION_EVENT, onChange);
  };
}

/** The address's query string (`?kind=…`), kept in sync with back/forward and `pushSearch`; "" while rendering on the server. */
export function useLocationSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => "",
  );
}

/** Puts a new query string in the address (a history entry, so Back undoes it) and tells every `useLocationSearch`. */
export function pushSearch(query: string): void {
  const search = query === "" || query === "?" ? "" : query.startsWith("?") ? query : `?${query}`;
  window.history.pushState(null, "", `${window.location.pathname}${search}`);
  window.dispatchEvent(new Event(LOCATION_EVENT));
}
