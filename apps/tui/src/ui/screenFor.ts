import type { Parley, ValidationIssue } from "@parley/core";
import { plural } from "../kinds.js";
import { cachedDetail, type Detail } from "../views/detail/index.js";
import { detailRows, fromArray, homeRows, issueRows, listRows, type RowSource } from "../views/rows.js";
import type { Route } from "./nav.js";

/** What a route shows: its rows and its title. */
export interface Screen {
  source: RowSource;
  title: string;
}

const laidOut = new WeakMap<Detail, Map<number, RowSource>>();
const homes = new WeakMap<Parley, Map<number, RowSource>>();
const issueLists = new WeakMap<readonly ValidationIssue[], Map<number, RowSource>>();
const NO_ISSUES: readonly ValidationIssue[] = [];

function remember<K extends object>(cache: WeakMap<K, Map<number, RowSource>>, key: K, width: number, make: () => RowSource): RowSource {
  let byWidth = cache.get(key);
  if (!byWidth) cache.set(key, (byWidth = new Map()));
  let source = byWidth.get(width);
  if (!source) byWidth.set(width, (source = make()));
  return source;
}

/** The rows and title of a route at a width; rows are remembered per dataset, record and width, so key presses are cheap. */
export function screenFor(route: Route, parley: Parley | null, origin: string, issues: readonly ValidationIssue[] | undefined, width: number, version?: string): Screen {
  if (route.screen === "issues" || !parley) {
    const list = issues ?? NO_ISSUES;
    return { source: remember(issueLists, list, width, () => issueRows(origin, list, width)), title: "Dataset issues" };
  }
  switch (route.screen) {
    case "home":
      return { source: remember(homes, parley, width, () => homeRows(parley, width, origin, version ?? parley.dataset.version)), title: "Home" };
    case "list":
      return { source: listRows(parley, route.list, width), title: route.list === "events" ? "Events (timeline)" : plural[route.list] };
    case "detail": {
      const detail = cachedDetail(parley, route.id);
      if (!detail) return { source: fromArray([{ text: `No record with id "${route.id}".`, tone: "warn" }]), title: route.id };
      return { source: remember(laidOut, detail, width, () => detailRows(detail, width)), title: detail.title };
    }
    case "search":
      return { source: fromArray([]), title: "Search" };
  }
}
