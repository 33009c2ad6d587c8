import type { Dataset } from "@parley/core";
import { useApp } from "ink";
import { useCallback, useMemo, useRef, useState } from "react";
import { createSearchIndexCache } from "../dataset/searchIndex.js";
import type { SessionProps } from "../dataset/SessionProps.js";
import { screenFor } from "./screenFor.js";
import { Frame } from "./Frame.js";
import { KeyboardProvider } from "./keyboard.js";
import { messagesFor } from "../i18n/messagesFor.js";
import { footerHints, type Command } from "./keymap.js";
import type { Route } from "../rows/Route.js";
import { currentView, initialNav, navReducer, settleView, type NavAction } from "./nav.js";
import { HelpOverlay } from "./screens/HelpOverlay.js";
import { nextLink, RowScreen } from "./screens/RowScreen.js";
import { SearchScreen } from "./screens/SearchScreen.js";
import { makeTheme, ThemeContext } from "./theme.js";
import { useTerminalSize, type Size } from "./useTerminalSize.js";

export interface AppProps extends SessionProps {
  /** A fixed terminal size (tests); by default the terminal's, following resizes. */
  size?: Size;
  /** Called with the exit code when the user quits (1 on the issues screen). */
  onExit?: (code: number) => void;
  /** Where to start (tests); home by default. */
  initialRoute?: Route;
}

const HINTS: Readonly<Record<Route["screen"], readonly Command[]>> = {
  home: ["up", "down", "open", "help", "quit", "search", "nextList"],
  list: ["up", "down", "open", "back", "help", "quit", "search", "nextList", "pageDown", "pageUp"],
  detail: ["up", "down", "open", "back", "help", "quit", "search", "nextList", "pageDown", "pageUp"],
  search: ["up", "down", "open", "back", "quit"],
  issues: ["up", "down", "pageDown", "pageUp", "help", "quit"],
};

/** The interactive interface: a frame around the screen of the current route, and the help overlay on top when asked. */
export function App({
  parley,
  search: givenSearch,
  origin,
  version,
  validation,
  home,
  issues,
  size,
  colour = false,
  language = "en",
  onExit,
  initialRoute,
}: AppProps) {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize(size);
  // One line short of the terminal, so Ink updates lines in place instead of clearing the screen each time.
  const height = Math.max(4, rows - 1);
  const width = Math.max(20, columns);
  const bodyHeight = height - 2;
  // The reducer runs at once on the newest state (kept in a ref), so the keyboard knows when a key changed it.
  const [nav, setNav] = useState(() =>
    initialNav(initialRoute ?? (parley ? { screen: "home" } : { screen: "issues" })),
  );
  const latest = useRef(nav);
  const dispatch = useCallback((action: NavAction) => {
    const next = navReducer(latest.current, action);
    if (next === latest.current) return;
    latest.current = next;
    setNav(next);
  }, []);
  const latestState = useCallback(() => latest.current, []);
  const stored = currentView(nav);
  const route = stored.route;
  const theme = useMemo(() => makeTheme(colour), [colour]);
  const search = useMemo(
    () => givenSearch ?? (parley ? createSearchIndexCache(() => parley.dataset as Dataset) : null),
    [givenSearch, parley],
  );

  const quit = useCallback(() => {
    onExit?.(parley ? 0 : 1);
    exit();
  }, [exit, onExit, parley]);

  const t = messagesFor(language).screens;
  const { source, title, titleNote } = screenFor(
    route,
    { parley, origin, issues, version, validation, home },
    width,
    language,
  );

  // Keep the cursor on screen whatever the terminal's size is now.
  const first = nextLink(source, -1, 1, bodyHeight);
  const view = route.screen === "search" ? stored : settleView(stored, source.count, bodyHeight, first);
  const hints = nav.help
    ? t.helpHints
    : footerHints(HINTS[route.screen], language, {
        typing: route.screen === "search",
        rename: { nextList: route.screen === "detail" ? t.links : t.lists },
        width,
      });
  const position =
    route.screen === "search" || nav.help || source.count === 0 ? undefined : `${view.cursor + 1}/${source.count}`;

  const screen = { view, height: bodyHeight, width, dispatch, focused: true, onQuit: quit };
  let body;
  if (nav.help)
    body = <HelpOverlay language={language} height={bodyHeight} width={width} dispatch={dispatch} onQuit={quit} />;
  else if (route.screen === "search" && search) body = <SearchScreen search={search} language={language} {...screen} />;
  else {
    const tab = route.screen === "detail" ? "links" : "lists";
    body = <RowScreen source={source} first={first} tab={tab} {...screen} />;
  }

  return (
    <ThemeContext.Provider value={theme}>
      <KeyboardProvider state={nav} latestState={latestState}>
        <Frame
          title={nav.help ? t.help : title}
          titleNote={nav.help ? undefined : titleNote}
          position={position}
          hints={hints}
          width={width}
          height={height}
        >
          {body}
        </Frame>
      </KeyboardProvider>
    </ThemeContext.Provider>
  );
}
