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

const laidOut = new WeakMap<Detail, Map<string, RowSource>>();
const homes = new WeakMap<Parley, Map<string, RowSource>>();
const issueLists = new WeakMap<readonly ValidationIssue[], Map<string, RowSource>>();
const NO_ISSUES: readonly ValidationIssue[] = [];

/** Rows remembered per object and per `variant` (the width, and whatever else changes them). */
function remember<K extends object>(cache: WeakMap<K, Map<string, RowSource>>, key: K, variant: string, make: () => RowSource): RowSource {
  let byVariant = cache.get(key);
  if (!byVariant) cache.set(key, (byVariant = new Map()));
  let source = byVariant.get(variant);
  if (!source) byVariant.set(variant, (source = make()));
  return source;
}

/** The rows and title of a route at a width; rows are remembered per dataset, record and width, so key presses are cheap. */
export function screenFor(route: Route, parley: Parley | null, origin: string, issues: readonly ValidationIssue[] | undefined, width: number, version?: string, validation?: string): Screen {
  if (route.screen === "issues" || !parley) {
    const list = issues ?? NO_ISSUES;
    return { source: remember(issueLists, list, `${width} ${origin}`, () => issueRows(origin, list, width)), title: "Dataset issues" };
  }
  switch (route.screen) {
    case "home":
      return { source: remember(homes, parley, `${width} ${origin} ${version ?? ""} ${validation ?? ""}`, () => homeRows(parley, width, origin, version ?? parley.dataset.version, validation)), title: "Home" };
    case "list":
      return { source: listRows(parley, route.list, width), title: route.list === "events" ? "Events (timeline)" : plural[route.list] };
    case "detail": {
      const detail = cachedDetail(parley, route.id);
      if (!detail) return { source: fromArray([{ text: `No record with id "${route.id}".`, tone: "warn" }]), title: route.id };
      return { source: remember(laidOut, detail, String(width), () => detailRows(detail, width)), title: detail.title };
    }
    case "search":
      return { source: fromArray([]), title: "Search" };
  }
}
