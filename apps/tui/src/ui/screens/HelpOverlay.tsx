import type { Language } from "@parley/core";
import { useMemo, useState, type Dispatch } from "react";
import { fit } from "../../format/text.js";
import { fromArray, type Row } from "../../rows/rowSources.js";
import { useKeys } from "../keyboard.js";
import { messagesFor } from "../../i18n/messagesFor.js";
import { commandFor, commandWords, keyLabels, keymap, type Command } from "../keymap.js";
import type { NavAction } from "../nav.js";
import { RowList } from "../RowList.js";

/** Every key, from the key map, in a language. */
export function helpRows(width: number, language: Language): Row[] {
  const t = messagesFor(language).help;
  const commands = Object.keys(keymap) as Command[];
  const column = Math.min(26, Math.max(...commands.map((c) => keyLabels(c).length)) + 2);
  const line = (keys: string, what: string): Row => ({ text: `${fit(keys, column)}${what}`, tone: "text" });
  const rows: Row[] = [{ text: t.keys, tone: "heading" }];
  for (const c of commands) rows.push(line(keyLabels(c), commandWords(c, language).description));
  rows.push({ text: "", tone: "text" });
  rows.push({ text: t.inSearch, tone: "heading" });
  rows.push(line(t.letters, t.typeQuery));
  rows.push(line("← → Backspace", t.caret));
  rows.push(line("Ctrl-U Ctrl-W", t.deleteWords));
  rows.push(line(`${keyLabels("up", true)} ${keyLabels("down", true)}`, t.results));
  rows.push(line("Enter", t.openResult));
  rows.push(line("Esc", t.leave));
  rows.push({ text: "", tone: "text" });
  rows.push({ text: width >= 60 ? t.close : t.closeShort, tone: "dim" });
  return rows;
}

export interface HelpOverlayProps {
  language: Language;
  height: number;
  width: number;
  dispatch: Dispatch<NavAction>;
  onQuit: () => void;
}

/** The help overlay: every key the interface knows. It has the keyboard while open: arrows scroll, ? or Esc close it. */
export function HelpOverlay({ language, height, width, dispatch, onQuit }: HelpOverlayProps) {
  const source = useMemo(() => fromArray(helpRows(width, language)), [width, language]);
  const [offset, setOffset] = useState(0);
  useKeys((input, key) => {
    const command = commandFor(input, key);
    const maxOffset = Math.max(0, source.count - height);
    if (command === "help" || command === "back") dispatch({ type: "help", open: false });
    else if (command === "quit") onQuit();
    else if (command === "down" || command === "pageDown")
      setOffset((o) => Math.min(maxOffset, o + (command === "down" ? 1 : Math.max(1, height - 1))));
    else if (command === "up" || command === "pageUp")
      setOffset((o) => Math.max(0, o - (command === "up" ? 1 : Math.max(1, height - 1))));
    else if (command === "top") setOffset(0);
    else if (command === "bottom") setOffset(maxOffset);
  }, true);
  return (
    <RowList
      source={source}
      cursor={-1}
      offset={Math.min(offset, Math.max(0, source.count - height))}
      height={height}
      width={width}
    />
  );
}
