// Navigation as a reducer: a history stack of views, each remembering its cursor and scroll offset,
// so going back returns to the same row. Pure: tests drive it without a terminal.
import { listKinds } from "../kinds.js";
import type { Route } from "../rows/Route.js";

/** A route with its cursor (selected row) and offset (first visible row). */
export interface View {
  route: Route;
  /** The selected row; -1 until the user moves: the screen then selects its first row that opens something. */
  cursor: number;
  offset: number;
}

export interface NavState {
  /** History: the last view is on screen. Never empty. */
  stack: readonly View[];
  /** Whether the help overlay is open. */
  help: boolean;
}

export type NavAction =
  | { type: "open"; route: Route }
  | { type: "back" }
  /** Open what the selected row leads to, if anything (`targetAt` reads the row; `first` as for `move`). */
  | { type: "openSelected"; targetAt: (index: number) => Route | undefined; first: number }
  /**
   * Move the cursor by rows (negative: up) among `count` rows, `height` of them visible. Relative, so key presses
   * that arrive together all count. `first`: the row a fresh view has selected (its first link).
   */
  | { type: "move"; by: number; count: number; height: number; first: number }
  /** Move the cursor to the row `find` gives from the current one (e.g. the next link). */
  | { type: "seek"; find: (from: number) => number; count: number; height: number; first: number }
  /** Put the cursor on a row of `count`, `height` of them visible (clamped: `Infinity` is the last). */
  | { type: "moveTo"; index: number; count: number; height: number }
  /** Switch to the next (1) or previous (-1) list, from a list or from anywhere else to the first one. */
  | { type: "switchList"; by: 1 | -1 }
  | { type: "help"; open: boolean }
  /** The search box's new text and caret; a new text selects the first result again. */
  | { type: "query"; query: string; caret: number };

/** The starting state: home (or the issues screen for a dataset that failed validation). */
export function initialNav(route: Route = { screen: "home" }): NavState {
  return { stack: [{ route, cursor: -1, offset: 0 }], help: false };
}

/** The view on screen. */
export function currentView(state: NavState): View {
  return state.stack[state.stack.length - 1]!;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

/** Places the cursor on a row and scrolls just enough to keep it visible. */
export function placeCursor(view: View, index: number, count: number, height: number): View {
  const h = Math.max(1, height);
  if (count <= 0) return { ...view, cursor: 0, offset: 0 };
  const cursor = clamp(Number.isFinite(index) ? Math.trunc(index) : index > 0 ? count - 1 : 0, 0, count - 1);
  let offset = view.offset;
  if (cursor < offset) offset = cursor;
  if (cursor >= offset + h) offset = cursor - h + 1;
  offset = clamp(offset, 0, Math.max(0, count - h));
  return { ...view, cursor, offset };
}

/**
 * The view as shown: a fresh view (cursor -1) selects `firstLink` (or the first row), and the cursor is kept
 * on screen for the current height (which changes when the terminal is resized).
 */
export function settleView(view: View, count: number, height: number, firstLink: number): View {
  const index = view.cursor < 0 ? Math.max(0, firstLink) : view.cursor;
  return placeCursor(view, index, count, height);
}

function replaceTop(state: NavState, view: View): NavState {
  return { ...state, stack: [...state.stack.slice(0, -1), view] };
}

export function navReducer(state: NavState, action: NavAction): NavState {
  const top = currentView(state);
  switch (action.type) {
    case "open":
      return { help: false, stack: [...state.stack, { route: action.route, cursor: -1, offset: 0 }] };
    case "openSelected": {
      const route = action.targetAt(top.cursor < 0 ? Math.max(0, action.first) : top.cursor);
      return route ? navReducer(state, { type: "open", route }) : state;
    }
    case "back":
      if (state.help) return { ...state, help: false };
      return state.stack.length > 1 ? { ...state, stack: state.stack.slice(0, -1) } : state;
    case "move":
    case "seek": {
      const from = top.cursor < 0 ? Math.max(0, action.first) : top.cursor;
      const to = action.type === "move" ? from + action.by : action.find(from);
      return replaceTop(state, placeCursor(top, to, action.count, action.height));
    }
    case "moveTo":
      return replaceTop(state, placeCursor(top, action.index, action.count, action.height));
    case "switchList": {
      const route = top.route;
      if (route.screen !== "list")
        return navReducer(state, {
          type: "open",
          route: { screen: "list", list: listKinds[action.by === 1 ? 0 : listKinds.length - 1]! },
        });
      const at = listKinds.indexOf(route.list);
      const list = listKinds[(at + action.by + listKinds.length) % listKinds.length]!;
      // Switching lists replaces the list on screen rather than growing the history.
      return replaceTop(state, { route: { screen: "list", list }, cursor: -1, offset: 0 });
    }
    case "help":
      return { ...state, help: action.open };
    case "query": {
      if (top.route.screen !== "search") return state;
      const route: Route = { screen: "search", query: action.query, caret: action.caret };
      if (top.route.query === action.query)
        return top.route.caret === action.caret ? state : replaceTop(state, { ...top, route });
      return replaceTop(state, { route, cursor: -1, offset: 0 });
    }
  }
}

/**
 * The cursor move a command asks for in a list of `count` rows shown `height` at a time
 * (a page is one row less than the height), or null when the command is not a move.
 */
export function cursorMove(command: string | null, first: number, count: number, height: number): NavAction | null {
  const page = Math.max(1, height - 1);
  const by =
    command === "up" ? -1 : command === "down" ? 1 : command === "pageUp" ? -page : command === "pageDown" ? page : 0;
  return by === 0 ? null : { type: "move", by, first, count, height };
}
