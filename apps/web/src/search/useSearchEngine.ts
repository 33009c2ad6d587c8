"use client";
import { useCallback, useEffect, useState } from "react";
import type { SearchEngine } from "./searchTypes";

/** Where the search index is while it loads. */
export type EngineState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; engine: SearchEngine }
  | { status: "error"; message: string };

let shared: Promise<SearchEngine> | null = null;

/** Loads the search code and the index once per page view, on first use (never inlined into the page). */
export function loadSharedEngine(): Promise<SearchEngine> {
  if (!shared) {
    shared = import("./loadSearchEngine").then((m) => m.loadSearchEngine());
    shared.catch(() => {
      shared = null;
    });
  }
  return shared;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : "the search index could not be loaded";
}

/** The search engine, loaded when `load()` is first called (from an event such as opening the search box). */
export function useSearchEngine(): [EngineState, () => void] {
  const [state, setState] = useState<EngineState>({ status: "idle" });
  const load = useCallback(() => {
    setState((s) => (s.status === "ready" || s.status === "loading" ? s : { status: "loading" }));
    loadSharedEngine().then(
      (engine) => setState({ status: "ready", engine }),
      (error: unknown) => setState({ status: "error", message: describe(error) }),
    );
  }, []);
  return [state, load];
}

/** The search engine, loading as soon as the component mounts (for the search page). */
export function useSearchEngineNow(): EngineState {
  const [state, setState] = useState<EngineState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    loadSharedEngine().then(
      (engine) => live && setState({ status: "ready", engine }),
      (error: unknown) => live && setState({ status: "error", message: describe(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
