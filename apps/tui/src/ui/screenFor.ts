import type { Language, Parley, ValidationIssue } from "@parley/core";
import { messagesFor } from "../i18n/messagesFor.js";
import { pluralOf } from "../kinds.js";
import { cachedDetail, type Detail } from "../rows/detail/index.js";
import { homeFactsOf, type HomeFacts } from "../rows/homeFacts.js";
import {
  detailRows,
  fromArray,
  homeRows,
  issueRows,
  listRows,
  type RowSource,
  type Validation,
} from "../rows/rowSources.js";
import type { Route } from "../rows/Route.js";

/** What a route shows: its rows and its title. */
export interface Screen {
  source: RowSource;
  title: string;
  /** After the title: the mark of English standing in for a translation. */
  titleNote?: string;
}

const laidOut = new WeakMap<Detail, Map<string, RowSource>>();
const homes = new WeakMap<Parley, Map<string, RowSource>>();
const issueLists = new WeakMap<readonly ValidationIssue[], Map<string, RowSource>>();
const NO_ISSUES: readonly ValidationIssue[] = [];

/** Rows remembered per object and per `variant` (the width, and whatever else changes them). */
function remember<K extends object>(
  cache: WeakMap<K, Map<string, RowSource>>,
  key: K,
  variant: string,
  make: () => RowSource,
): RowSource {
  let byVariant = cache.get(key);
  if (!byVariant) cache.set(key, (byVariant = new Map()));
  let source = byVariant.get(variant);
  if (!source) byVariant.set(variant, (source = make()));
  return source;
}

/** What the screens show: the dataset and what is known about it. */
export interface ScreenData {
  parley: Parley | null;
  origin: string;
  issues?: readonly ValidationIssue[] | undefined;
  version?: string | undefined;
  validation?: Validation | undefined;
  /** The home screen's facts, when worked out already (without touching `parley`). */
  home?: HomeFacts | undefined;
}

/**
 * The rows and title of a route at a width, in a language; rows are remembered per dataset, record, width and
 * language, so key presses are cheap.
 */
export function screenFor(route: Route, data: ScreenData, width: number, language: Language): Screen {
  const { parley, origin, issues, version, validation, home } = data;
  const t = messagesFor(language).screens;
  if (route.screen === "issues" || !parley) {
    const list = issues ?? NO_ISSUES;
    return {
      source: remember(issueLists, list, `${width} ${language} ${origin}`, () =>
        issueRows(origin, list, width, language),
      ),
      title: t.issues,
    };
  }
  switch (route.screen) {
    case "home":
      return {
        source: remember(homes, parley, `${width} ${language} ${origin} ${version ?? ""} ${validation ?? ""}`, () =>
          homeRows(home ?? homeFactsOf(parley.dataset), width, origin, version ?? parley.version, language, validation),
        ),
        title: t.home,
      };
    case "list":
      return {
        source: listRows(parley, route.list, width, language),
        title: route.list === "events" ? t.timeline : pluralOf(route.list, language),
      };
    case "detail": {
      const detail = cachedDetail(parley, route.id, language);
      if (!detail) return { source: fromArray([{ text: t.noRecord(route.id), tone: "warn" }]), title: route.id };
      return {
        source: remember(laidOut, detail, String(width), () => detailRows(detail, width)),
        title: detail.title,
        ...(detail.titleNote !== undefined ? { titleNote: detail.titleNote } : {}),
      };
    }
    case "search":
      return { source: fromArray([]), title: t.search };
  }
}
