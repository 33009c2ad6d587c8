"use client";
import type { Language } from "@parley/core/search";
import { useCallback, useEffect, useState } from "react";
import type { SearchEngine } from "./searchTypes";

/** Where the search index is while it loads. */
export type EngineState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; engine: SearchEngine }
  | { status: "error"; message: string };

const shared = new Map<Language, Promise<SearchEngine>>();

/**
 * Loads the search code and the index of the page's language once per page view, on first use (never inlined into
 * the page): each language's site fetches its own index, labelled in its language.
 */
export function loadSharedEngine(language: Language): Promise<SearchEngine> {
  let engine = shared.get(language);
  if (!engine) {
    engine = import("./loadSearchEngine").then((m) => m.loadSearchEngine(language));
    shared.set(language, engine);
    engine.catch(() => shared.delete(language));
  }
  return engine;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : "the search index could not be loaded";
}

/** The search engine, loaded when `load()` is first called (from an event such as opening the search box). */
export function useSearchEngine(language: Language): [EngineState, () => void] {
  const [state, setState] = useState<EngineState>({ status: "idle" });
  const load = useCallback(() => {
    setState((s) => (s.status === "ready" || s.status === "loading" ? s : { status: "loading" }));
    loadSharedEngine(language).then(
      (engine) => setState({ status: "ready", engine }),
      (error: unknown) => setState({ status: "error", message: describe(error) }),
    );
  }, [language]);
  return [state, load];
}

/** The search engine, loading as soon as the component mounts (for the search page). */
export function useSearchEngineNow(language: Language): EngineState {
  const [state, setState] = useState<EngineState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    loadSharedEngine(language).then(
      (engine) => live && setState({ status: "ready", engine }),
      (error: unknown) => live && setState({ status: "error", message: describe(error) }),
    );
    return () => {
      live = false;
    };
  }, [language]);
  return state;
}
