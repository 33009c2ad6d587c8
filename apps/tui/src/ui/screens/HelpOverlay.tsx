import { useMemo, useState, type Dispatch } from "react";
import { fit } from "../../format/text.js";
import { fromArray, type Row } from "../../rows/rowSources.js";
import { useKeys } from "../keyboard.js";
import { commandFor, keyLabels, keymap, type Command } from "../keymap.js";
import type { NavAction } from "../nav.js";
import { RowList } from "../RowList.js";

/** Every key, from the key map. */
export function helpRows(width: number): Row[] {
  const commands = Object.keys(keymap) as Command[];
  const column = Math.min(26, Math.max(...commands.map((c) => keyLabels(c).length)) + 2);
  const rows: Row[] = [{ text: "Keys", tone: "heading" }];
  for (const c of commands) rows.push({ text: `${fit(keyLabels(c), column)}${keymap[c].description}`, tone: "text" });
  rows.push({ text: "", tone: "text" });
  rows.push({ text: "In the search box", tone: "heading" });
  rows.push({ text: `${fit("letters", column)}type the query (any script, accents optional)`, tone: "text" });
  rows.push({ text: `${fit("← → Backspace", column)}move the caret, delete the letter before it`, tone: "text" });
  rows.push({ text: `${fit("Ctrl-U Ctrl-W", column)}delete to the start, or the word before the caret`, tone: "text" });
  rows.push({
    text: `${fit(`${keyLabels("up", true)} ${keyLabels("down", true)}`, column)}move through the results`,
    tone: "text",
  });
  rows.push({ text: `${fit("Enter", column)}open the selected result`, tone: "text" });
  rows.push({ text: `${fit("Esc", column)}leave the search`, tone: "text" });
  rows.push({ text: "", tone: "text" });
  rows.push({ text: width >= 60 ? "Press ? or Esc to close this help." : "? or Esc closes this help.", tone: "dim" });
  return rows;
}

export interface HelpOverlayProps {
  height: number;
  width: number;
  dispatch: Dispatch<NavAction>;
  onQuit: () => void;
}

/** The help overlay: every key the interface knows. It has the keyboard while open: arrows scroll, ? or Esc close it. */
export function HelpOverlay({ height, width, dispatch, onQuit }: HelpOverlayProps) {
  const source = useMemo(() => fromArray(helpRows(width)), [width]);
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
