"use client";
import type { Draft } from "@parley/core/draft";
import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from "react";
import { DraftEvents } from "./DraftEvents";
import { loadDrafter, type ArticleFacts } from "./loadDrafter";
import { MarkedText, MarkLegend } from "./MarkedText";

type State =
  | { status: "idle" }
  | { status: "working" }
  | { status: "error"; message: string }
  | { status: "done"; draft: Draft; downloadUrl: string };

/** The largest file the page reads; a news article is far smaller. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** One line saying what a draft holds. */
export function draftSummary(draft: Draft): string {
  const matched = draft.events.filter((e) => e.match !== null).length;
  const conflicts = draft.events.reduce((n, e) => n + e.conflicts.length, 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return (
    `${plural(draft.mentions.length, "recognised span")}, ${plural(draft.events.length, "event")} ` +
    `(${matched} matched, ${draft.events.length - matched} new), ${plural(conflicts, "conflict")}, ` +
    `${plural(draft.people.length, "new person")}.`
  );
}

/** A download name for a draft: `draft-<source id>.json`. */
function fileNameOf(draft: Draft): string {
  return `draft-${draft.source.id}.json`;
}

/**
 * The curation workbench: paste or drop an article, say what is known of it, and get the draft records
 * with the recognised spans, the matches and the conflicts, and the draft JSON to download and apply.
 * Everything runs in the browser.
 */
export function CurateWorkbench() {
  const ids = useId();
  const [text, setText] = useState("");
  const [facts, setFacts] = useState<ArticleFacts>({ url: "", published: "", publisher: "", language: "" });
  const [state, setState] = useState<State>({ status: "idle" });
  const [fileNote, setFileNote] = useState("");
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.status !== "done") return;
    resultsHeading.current?.focus();
    return () => URL.revokeObjectURL(state.downloadUrl);
  }, [state]);

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileNote(`${file.name} is larger than 10 MB; open a single article.`);
      return;
    }
    setText(await file.text());
    setFileNote(`Read ${file.name} (${Math.ceil(file.size / 1024)} KB).`);
  }

  function onDrop(event: DragEvent<HTMLTextAreaElement>) {
    if (event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    void readFile(event.dataTransfer.files[0]);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === "") {
      setState({ status: "error", message: "Paste an article’s text or open a file first." });
      return;
    }
    setState({ status: "working" });
    try {
      const drafter = await loadDrafter();
      const draft = drafter(text, facts);
      const json = `${JSON.stringify(draft, null, 2)}\n`;
      const downloadUrl = URL.createObjectURL(new Blob([json], { type: "application/json" }));
      setState({ status: "done", draft, downloadUrl });
    } catch (error) {
      setState({
        status: "error",
        message: `Drafting failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  const field = (name: keyof ArticleFacts) => ({
    id: `${ids}-${name}`,
    value: facts[name],
    onChange: (e: { target: { value: string } }) => setFacts({ ...facts, [name]: e.target.value }),
  });

  return (
    <>
      <form className="curate-form" onSubmit={onSubmit} aria-describedby={`${ids}-how`}>
        <p id={`${ids}-how`} className="visually-hidden">
          The article is analysed in your browser; nothing is sent anywhere.
        </p>
        <div className="field curate-form__text">
          <label htmlFor={`${ids}-text`}>Article: plain text, or a saved web page’s HTML</label>
          <textarea
            id={`${ids}-text`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={onDrop}
            rows={12}
            spellCheck={false}
            placeholder="Paste the article here, or drop a .txt or .html file."
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-file`}>Or open a file (.txt, .html)</label>
          <input
            id={`${ids}-file`}
            type="file"
            accept=".txt,.html,.htm,text/plain,text/html"
            onChange={(e) => void readFile(e.target.files?.[0])}
          />
          {fileNote && <p className="curate-form__note">{fileNote}</p>}
        </div>
        <div className="filters curate-form__facts">
          <div className="field">
            <label htmlFor={`${ids}-url`}>Article URL</label>
            <input type="url" inputMode="url" placeholder="https://…" {...field("url")} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-published`}>Published on</label>
            <input type="date" {...field("published")} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-publisher`}>Publisher</label>
            <input type="text" placeholder="VietnamPlus, TASS…" {...field("publisher")} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-language`}>Language</label>
            <select {...field("language")}>
              <option value="">Detect it</option>
              <option value="en">English</option>
              <option value="vi" lang="vi">
                Tiếng Việt
              </option>
              <option value="ru" lang="ru">
                Русский
              </option>
            </select>
          </div>
        </div>
        <button type="submit" className="button" disabled={state.status === "working"}>
          Draft records
        </button>
      </form>
      <p role="status" className="curate-status">
        {state.status === "working"
          ? "Drafting…"
          : state.status === "error"
            ? state.message
            : state.status === "done"
              ? `Drafted: ${draftSummary(state.draft)}`
              : ""}
      </p>
      {state.status === "done" && (
        <section aria-labelledby={`${ids}-results`} className="curate-results">
          <h2 id={`${ids}-results`} ref={resultsHeading} tabIndex={-1}>
            The draft
          </h2>
          <p>{draftSummary(state.draft)}</p>
          {state.draft.notes.length > 0 && (
            <ul className="notice">
              {state.draft.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <p>
            <a className="button" href={state.downloadUrl} download={fileNameOf(state.draft)}>
              Download the draft (JSON)
            </a>
          </p>
          <p>
            Review it, then merge it with <code>parley apply {fileNameOf(state.draft)} --into packages/core/data</code>:
            new records are added, matched ones gain this source, and conflicts become disagreements that keep both
            versions.
          </p>
          <h3>Events</h3>
          <DraftEvents events={state.draft.events} />
          {state.draft.people.length > 0 && (
            <>
              <h3>People not in the record</h3>
              <ul>
                {state.draft.people.map((p) => (
                  <li key={p.id}>
                    {p.name}
                    {p.summary ? `: ${p.summary}` : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>The text, as analysed</h3>
          <MarkLegend />
          <MarkedText text={state.draft.text} spans={state.draft.mentions} lang={state.draft.language} />
        </section>
      )}
    </>
  );
}
