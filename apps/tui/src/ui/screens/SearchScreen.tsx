import { RESULTS_PAGE_LIMIT, type Language } from "@parley/core";
import { Box, Text, useStdin } from "ink";
import { useEffect, useMemo, useState, type Dispatch } from "react";
import { groupHits } from "../../commands/search.js";
import type { SearchIndexCache } from "../../dataset/searchIndex.js";
import { messagesFor } from "../../i18n/messagesFor.js";
import { findInDataset, hitLabel } from "../../rows/localText.js";
import { fromArray, searchRows, type RowSource } from "../../rows/rowSources.js";
import { editQuery } from "../editQuery.js";
import { useKeys } from "../keyboard.js";
import { commandFor } from "../keymap.js";
import { cursorMove, settleView, type NavAction, type View } from "../nav.js";
import { RowList } from "../RowList.js";
import { nextLink } from "./RowScreen.js";

export interface SearchScreenProps {
  /** The dataset's search index, built in the background or at once. */
  search: SearchIndexCache;
  language: Language;
  view: View;
  height: number;
  width: number;
  dispatch: Dispatch<NavAction>;
  focused: boolean;
  onQuit: () => void;
  /** Most results to show. */
  limit?: number;
}

/** Results for a query, grouped by kind, labelled in the language; a line saying why when search cannot run. */
export function searchResults(
  search: SearchIndexCache,
  query: string,
  limit: number,
  columns: number,
  language: Language,
  ready = true,
): RowSource {
  const t = messagesFor(language).search;
  if (!ready) return fromArray([{ text: t.building, tone: "dim" }]);
  if (query.trim() === "") return fromArray([{ text: t.prompt, tone: "dim" }]);
  try {
    const hits = search.index().search(query, { limit });
    if (hits.length === 0) return fromArray([{ text: t.nothing(query), tone: "dim" }]);
    const find = findInDataset(search.dataset());
    return searchRows(groupHits(hits), columns, language, (hit) => hitLabel(find, hit, language));
  } catch (error) {
    return fromArray([{ text: t.unavailable((error as Error).message), tone: "warn" }]);
  }
}

interface SearchBoxProps {
  query: string;
  caret: number;
  room: number;
  active: boolean;
  /** Shown dimmed in an empty box, its first letter under the caret. */
  placeholder: string;
}

/** The search box's line: the text with the caret drawn as an inverse cell, scrolled so the caret stays in `room` cells. */
function SearchBox({ query, caret, room, active, placeholder }: SearchBoxProps) {
  const chars = Array.from(query);
  if (chars.length === 0) {
    const [first = " ", ...others] = Array.from(placeholder);
    return active ? (
      <Text>
        <Text inverse>{first}</Text>
        <Text dimColor>{others.join("")}</Text>
      </Text>
    ) : (
      <Text dimColor>{placeholder}</Text>
    );
  }
  const start = Math.max(0, caret - Math.max(1, room - 1));
  const before = chars.slice(start, caret).join("");
  const at = chars[caret] ?? " ";
  const after = chars.slice(caret + 1, start + room).join("");
  return (
    <Text>
      {before}
      {active ? <Text inverse>{at}</Text> : at}
      {after}
    </Text>
  );
}

/**
 * Search as you type: the letters go into the box (the query lives in the route), arrows move through the results,
 * Enter opens, Esc goes back.
 */
export function SearchScreen({
  search,
  language,
  view,
  height,
  width,
  dispatch,
  focused,
  onQuit,
  limit = RESULTS_PAGE_LIMIT,
}: SearchScreenProps) {
  const { isRawModeSupported } = useStdin();
  const active = isRawModeSupported === true && focused;
  const query = view.route.screen === "search" ? view.route.query : "";
  const caret = view.route.screen === "search" ? (view.route.caret ?? Array.from(query).length) : 0;
  // A large dataset's index takes a second or more to build: until the background build (started after the first
  // frame, or now) ends, the screen says so and keeps taking keys; then it shows the results for the query typed so far.
  const [ready, setReady] = useState(() => search.ready);
  useEffect(() => {
    if (ready) return;
    let mounted = true;
    void search.prepareInBackground().then(() => {
      if (mounted) setReady(true);
    });
    return () => {
      mounted = false;
    };
  }, [ready, search]);
  const results = useMemo(
    () => searchResults(search, query, limit, width, language, ready),
    [search, query, limit, width, language, ready],
  );
  const listHeight = Math.max(1, height - 1);
  // Until the user moves, the first result is selected, so Enter opens it.
  const first = nextLink(results, -1, 1, listHeight);
  const shown = settleView(view, results.count, listHeight, first);
  useKeys(
    (input, key) => {
      const command = commandFor(input, key, true);
      const at = { count: results.count, height: listHeight };
      const move = cursorMove(command, first, at.count, at.height);
      if (move) return dispatch(move);
      const edited = command === null ? editQuery({ query, caret }, input, key) : null;
      if (edited) return dispatch({ type: "query", ...edited });
      switch (command) {
        case "open":
          return dispatch({
            type: "openSelected",
            targetAt: (i) => (i < results.count ? results.row(i).target : undefined),
            first,
          });
        case "back":
          return dispatch({ type: "back" });
        case "quit":
          return onQuit();
        default:
          return;
      }
    },
    active,
    true,
  );
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Box width={width}>
        <Text>/ </Text>
        <SearchBox
          query={query}
          caret={caret}
          room={Math.max(1, width - 2)}
          active={active}
          placeholder={messagesFor(language).search.placeholder}
        />
      </Box>
      <RowList source={results} cursor={shown.cursor} offset={shown.offset} height={listHeight} width={width} />
    </Box>
  );
}
