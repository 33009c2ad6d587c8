"use client";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { listAction } from "./searchKeys";
import { searchStatus } from "./searchStatus";
import type { EngineState } from "./useSearchEngine";

/** How many results the type-ahead lists. */
const TYPE_AHEAD_LIMIT = 8;

/** The type-ahead search dialog: a combobox over the search index, operated fully from the keyboard. */
export function SearchDialog({
  open,
  onClose,
  onNavigate,
  engine,
}: {
  open: boolean;
  onClose: () => void;
  onNavigate: (href: string) => void;
  engine: EngineState;
}) {
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
  }, [open]);

  const results = useMemo(
    () => (engine.status === "ready" && query.trim() !== "" ? engine.engine.search(query, TYPE_AHEAD_LIMIT) : []),
    [engine, query],
  );

  const go = (href: string) => {
    onClose();
    onNavigate(href);
  };
  const allHref = `/search/?q=${encodeURIComponent(query.trim())}`;

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

  const status = searchStatus("dialog", { engine, query, count: results.length, limit: TYPE_AHEAD_LIMIT });

  return (
    <dialog ref={dialogRef} className="search-dialog" aria-label="Search Parley" onClose={onClose} onCancel={onClose}>
      <div className="search-dialog__body">
        <label htmlFor={`${listId}-input`} className="visually-hidden">
          Search people, events, organizations, offices, places, topics, statements, terms of office and sources
        </label>
        <input
          ref={inputRef}
          id={`${listId}-input`}
          type="search"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          placeholder="Search: Volodin, Vương Đình Huệ, Duma…"
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
        <ul id={listId} role="listbox" aria-label="Results" className="search-results">
          {results.map((hit, i) => (
            <li
              key={`${hit.kind}:${hit.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(hit.href)}
            >
              <span className="badge">{hit.kindLabel}</span> {hit.label}
              {hit.date ? <span className="meta"> — {hit.date}</span> : null}
              {hit.matched ? <span className="meta"> — matched “{hit.matched}”</span> : null}
            </li>
          ))}
        </ul>
        <p className="meta">
          {query.trim() !== "" ? (
            <a href={allHref} onClick={(e) => (e.preventDefault(), go(allHref))}>
              All results for “{query.trim()}”
            </a>
          ) : null}{" "}
          <kbd>↑</kbd> <kbd>↓</kbd> choose · <kbd>Enter</kbd> open · <kbd>Esc</kbd> close
        </p>
      </div>
    </dialog>
  );
}
