"use client";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { useLanguage } from "@/i18n/LanguageProvider";
import { localePath } from "@/i18n/localePath";
import { opensSearch } from "./searchKeys";
import type { SearchText } from "./searchText";
import { useSearchEngine } from "./useSearchEngine";

const SearchDialog = lazy(() => import("./SearchDialog").then((m) => ({ default: m.SearchDialog })));

/**
 * The header's search button (a plain link to the language's /search/ without JavaScript); `/` or Ctrl-K opens the
 * type-ahead dialog over the language's index. Its words come from the header, in the page's language.
 */
export function SearchLauncher({ text }: { text: SearchText }) {
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const [openRequest, setOpenRequest] = useState(0);
  const [used, setUsed] = useState(false);
  const [engine, load] = useSearchEngine(language);
  const router = useRouter();
  // Every request counts, even one made while the dialog is still open in React's eyes.
  const openSearch = useCallback(() => {
    load();
    setUsed(true);
    setOpen(true);
    setOpenRequest((n) => n + 1);
  }, [load]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        !opensSearch({
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          target: event.target as HTMLElement | null,
        })
      )
        return;
      event.preventDefault();
      openSearch();
    };
    window.addEventListener("keydown", onKey);
    // Marks the page as interactive: the shortcuts work from here on (browser tests wait for it).
    document.documentElement.dataset.interactive = "true";
    return () => window.removeEventListener("keydown", onKey);
  }, [openSearch]);

  return (
    <>
      <a
        href={localePath(language, "/search/")}
        className="search-button"
        aria-keyshortcuts="/ Control+K"
        onClick={(event) => {
          event.preventDefault();
          openSearch();
        }}
      >
        <svg
          aria-hidden="true"
          width="16"
          height="16"
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
        >
          <circle cx="7" cy="7" r="5" />
          <path d="M11 11l3.5 3.5" strokeLinecap="round" />
        </svg>
        {text.button} <kbd aria-hidden="true">/</kbd>
      </a>
      {used ? (
        <Suspense fallback={null}>
          <SearchDialog
            open={open}
            openRequest={openRequest}
            onClose={() => setOpen(false)}
            onNavigate={(href) => router.push(href)}
            engine={engine}
            text={text}
          />
        </Suspense>
      ) : null}
    </>
  );
}
