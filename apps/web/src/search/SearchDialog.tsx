"use client";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useLanguage } from "@/i18n/LanguageProvider";
import { localePath } from "@/i18n/localePath";
import { fillText } from "@/i18n/fillText";
import { ResultLabel } from "./ResultLabel";
import { listAction } from "./searchKeys";
import { searchStatus } from "./searchStatus";
import type { SearchText } from "./searchText";
import type { EngineState } from "./useSearchEngine";

/** How many results the type-ahead lists. */
const TYPE_AHEAD_LIMIT = 8;

/**
 * The type-ahead search dialog: a combobox over the search index of the page's language, operated fully from the
 * keyboard, in the words it is given.
 */
export function SearchDialog({
  open,
  openRequest = 0,
  onClose,
  onNavigate,
  engine,
  text,
}: {
  open: boolean;
  /**
   * Counts the requests to open: each one shows the dialog if it is closed, even when `open` was already true because
   * a native close (Escape, a close request) had not yet reached the state that `open` comes from.
   */
  openRequest?: number;
  onClose: () => void;
  /** Opens a page: an address in the page's language's site. */
  onNavigate: (href: string) => void;
  engine: EngineState;
  text: SearchText;
}) {
  const language = useLanguage();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(-1);
  const listId = useId();
  const statusId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.focus();
      inputRef.current?.select();
    } else if (!open && dialog.open) dialog.close();
  }, [open, openRequest]);

  const results = useMemo(
    () => (engine.status === "ready" && query.trim() !== "" ? engine.engine.search(query, TYPE_AHEAD_LIMIT) : []),
    [engine, query],
  );

  const go = (href: string) => {
    onClose();
    onNavigate(href);
  };
  const allHref = localePath(language, `/search/?q=${encodeURIComponent(query.trim())}`);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    const action = listAction(event.key, active, results.length);
    if (action.type === "move") {
      event.preventDefault();
      setActive(action.index);
    } else if (action.type === "open") {
      event.preventDefault();
      const hit = results[action.index];
      if (hit) go(hit.href);
    } else if (action.type === "close") {
      event.preventDefault();
      onClose();
    } else if (event.key === "Enter" && query.trim() !== "") {
      event.preventDefault();
      go(allHref);
    }
  };

  const status = searchStatus(
    "dialog",
    { engine, query, count: results.length, limit: TYPE_AHEAD_LIMIT },
    text.status,
    language,
  );
  const t = text.dialog;

  return (
    <dialog ref={dialogRef} className="search-dialog" aria-label={t.label} onClose={onClose} onCancel={onClose}>
      <div className="search-dialog__body">
        <label htmlFor={`${listId}-input`} className="visually-hidden">
          {t.inputLabel}
        </label>
        <input
          ref={inputRef}
          id={`${listId}-input`}
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder={t.placeholder}
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-describedby={statusId}
          aria-activedescendant={active >= 0 && results[active] ? `${listId}-${active}` : undefined}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
        />
        <p id={statusId} className="meta" role="status" aria-live="polite">
          {status}
        </p>
        <ul id={listId} role="listbox" aria-label={t.results} className="search-results">
          {results.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(hit.href)}
            >
              <span className="badge">{hit.kindLabel}</span> <ResultLabel result={hit} language={language} />
              {hit.date ? <span className="meta"> — {hit.date}</span> : null}
              {hit.matched ? <span className="meta"> — {fillText(text.matched, { m: hit.matched })}</span> : null}
            </li>
          ))}
        </ul>
        <p className="meta">
          {query.trim() !== "" ? (
            <a href={allHref} onClick={(e) => (e.preventDefault(), go(allHref))}>
              {fillText(t.all, { q: query.trim() })}
            </a>
          ) : null}{" "}
          <kbd>↑</kbd> <kbd>↓</kbd> {t.choose} · <kbd>Enter</kbd> {t.open} · <kbd>Esc</kbd> {t.close}
        </p>
      </div>
    </dialog>
  );
}
