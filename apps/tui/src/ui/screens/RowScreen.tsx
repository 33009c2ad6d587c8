import type { Dispatch } from "react";
import type { RowSource } from "../../rows/rowSources.js";
import { useKeys, type KeyHandler } from "../keyboard.js";
import { commandFor } from "../keymap.js";
import { cursorMove, type NavAction, type View } from "../nav.js";
import { RowList } from "../RowList.js";

export interface RowScreenProps {
  source: RowSource;
  /** The row a fresh view selects (its first link on screen). */
  first: number;
  view: View;
  height: number;
  width: number;
  dispatch: Dispatch<NavAction>;
  /** Whether this screen has the keyboard (not behind the help overlay). */
  focused: boolean;
  /** What Tab does: switch lists, or jump between the links of a record. */
  tab: "lists" | "links";
  onQuit: () => void;
}

/** The next row after (or before) `from` that opens something, wrapping around; -1 when none does (looks at most `limit` rows). */
export function nextLink(source: RowSource, from: number, by: 1 | -1, limit = source.count): number {
  for (let step = 1; step <= Math.min(limit, source.count); step++) {
    const i = (((from + by * step) % source.count) + source.count) % source.count;
    if (source.row(i).target) return i;
  }
  return -1;
}

/** Home, lists, records and the issues screen: rows with a cursor. This screen owns the browsing keys. */
export function RowScreen({ source, first, view, height, width, dispatch, focused, tab, onQuit }: RowScreenProps) {
  const handle: KeyHandler = (input, key) => {
    const command = commandFor(input, key);
    const at = { count: source.count, height };
    const move = cursorMove(command, first, at.count, at.height);
    if (move) return dispatch(move);
    switch (command) {
      case "top":
        return dispatch({ type: "moveTo", index: 0, ...at });
      case "bottom":
        return dispatch({ type: "moveTo", index: Infinity, ...at });
      case "open":
        return dispatch({
          type: "openSelected",
          targetAt: (i) => (i < source.count ? source.row(i).target : undefined),
          first,
        });
      case "back":
        return dispatch({ type: "back" });
      case "nextList":
      case "prevList": {
        const by = command === "nextList" ? 1 : -1;
        if (tab === "lists") return dispatch({ type: "switchList", by });
        return dispatch({
          type: "seek",
          find: (from) => (nextLink(source, from, by) < 0 ? from : nextLink(source, from, by)),
          first,
          ...at,
        });
      }
      case "search":
        return dispatch({ type: "open", route: { screen: "search", query: "" } });
      case "help":
        return dispatch({ type: "help", open: true });
      case "quit":
        return onQuit();
      case null:
        return;
    }
  };
  useKeys(handle, focused);
  return <RowList source={source} cursor={view.cursor} offset={view.offset} height={height} width={width} />;
}
