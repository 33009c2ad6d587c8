"use client";
import type { Language } from "@parley/core/search";
import type { Draft } from "@parley/core/draft";
import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from "react";
import { useLanguage } from "@/i18n/LanguageProvider";
import { fillCounted, fillText } from "@/i18n/fillText";
import type { CurateText } from "./curateText";
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

/** One line saying what a draft holds, in a language. */
export function draftSummary(draft: Draft, text: CurateText["summary"], language: Language): string {
  const matched = draft.events.filter((e) => e.match !== null).length;
  const conflicts = draft.events.reduce((n, e) => n + e.conflicts.length, 0);
  return fillText(text.line, {
    spans: fillCounted(language, text.spans, draft.mentions.length),
    events: fillCounted(language, text.events, draft.events.length),
    matched: matched.toLocaleString(language),
    fresh: (draft.events.length - matched).toLocaleString(language),
    conflicts: fillCounted(language, text.conflicts, conflicts),
    people: fillCounted(language, text.people, draft.people.length),
  });
}

/** A download name for a draft: `draft-<source id>.json`. */
function fileNameOf(draft: Draft): string {
  return `draft-${draft.source.id}.json`;
}

/**
 * The curation workbench: paste or drop an article, say what is known of it, and get the draft records
 * with the recognised spans, the matches and the conflicts, and the draft JSON to download and apply.
 * Everything runs in the browser. Its words come from the page, in the page's language; the draft stays as the
 * drafter writes it.
 */
export function CurateWorkbench({ text: t }: { text: CurateText }) {
  const language = useLanguage();
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
      setFileNote(fillText(t.form.fileTooLarge, { name: file.name }));
      return;
    }
    setText(await file.text());
    setFileNote(
      fillText(t.form.fileRead, { name: file.name, kb: Math.ceil(file.size / 1024).toLocaleString(language) }),
    );
  }

  function onDrop(event: DragEvent<HTMLTextAreaElement>) {
    if (event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    void readFile(event.dataTransfer.files[0]);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === "") {
      setState({ status: "error", message: t.status.empty });
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
        message: fillText(t.status.failed, { message: error instanceof Error ? error.message : String(error) }),
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
          {t.form.how}
        </p>
        <div className="field curate-form__text">
          <label htmlFor={`${ids}-text`}>{t.form.text}</label>
          <textarea
            id={`${ids}-text`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={onDrop}
            rows={12}
            spellCheck={false}
            placeholder={t.form.textPlaceholder}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-file`}>{t.form.file}</label>
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
            <label htmlFor={`${ids}-url`}>{t.form.url}</label>
            <input type="url" inputMode="url" placeholder="https://…" {...field("url")} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-published`}>{t.form.published}</label>
            <input type="date" {...field("published")} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-publisher`}>{t.form.publisher}</label>
            <input type="text" placeholder={t.form.publisherPlaceholder} {...field("publisher")} />
          </div>
          <div className="field">
            <label htmlFor={`${ids}-language`}>{t.form.language}</label>
            <select {...field("language")}>
              <option value="">{t.form.detect}</option>
              <option value="en" lang="en">
                English
              </option>
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
          {t.form.submit}
        </button>
      </form>
      <p role="status" className="curate-status">
        {state.status === "working"
          ? t.status.working
          : state.status === "error"
            ? state.message
            : state.status === "done"
              ? fillText(t.status.done, { summary: draftSummary(state.draft, t.summary, language) })
              : ""}
      </p>
      {state.status === "done" && (
        <section aria-labelledby={`${ids}-results`} className="curate-results">
          <h2 id={`${ids}-results`} ref={resultsHeading} tabIndex={-1}>
            {t.results.heading}
          </h2>
          <p>{draftSummary(state.draft, t.summary, language)}</p>
          {state.draft.notes.length > 0 && (
            <ul className="notice">
              {state.draft.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <p>
            <a className="button" href={state.downloadUrl} download={fileNameOf(state.draft)}>
              {t.results.download}
            </a>
          </p>
          <p>
            {t.results.applyBefore} <code>parley apply {fileNameOf(state.draft)} --into packages/core/data</code>
            {t.results.applyAfter}
          </p>
          <h3>{t.results.events}</h3>
          <DraftEvents events={state.draft.events} text={t.events} language={language} />
          {state.draft.people.length > 0 && (
            <>
              <h3>{t.results.newPeople}</h3>
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
          <h3>{t.results.analysed}</h3>
          <MarkLegend text={t.marks} />
          <MarkedText
            text={state.draft.text}
            spans={state.draft.mentions}
            lang={state.draft.language}
            marks={t.marks}
            language={language}
          />
        </section>
      )}
    </>
  );
}
