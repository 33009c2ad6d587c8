import {
  eventsInDateOrder,
  type Event,
  type EventKind,
  type Frozen,
  type Language,
  type Parley,
  type RecordKind,
  type TimelineFilters,
} from "@parley/core";
import { UserError } from "../process/errors.js";
import { jsonArrayPieces } from "../format/jsonArrayPieces.js";
import { messagesFor } from "../i18n/messagesFor.js";
import { noun } from "../kinds.js";
import { mark } from "../process/profile.js";
import { marked, textOf } from "../rows/localText.js";
import type { Context } from "./context.js";

/** Options of `parley events`. */
export interface EventsOptions {
  from?: string;
  to?: string;
  kind?: EventKind;
  person?: string;
  topic?: string;
  /** At most this many events, the first in date order. */
  limit?: number;
  json?: boolean;
}

/** Checks that an id names a record of the expected kind, or says plainly what it is instead. */
export function expectKind(ctx: Context, parley: Parley, id: string, kind: "people" | "topics"): void {
  const found = parley.kindOf(id);
  if (found === kind) return;
  const t = messagesFor(ctx.language).commands;
  const name = (k: RecordKind) => noun(k, ctx.language);
  if (found === null) throw new UserError(t.noRecordOfKind(name(kind), id));
  throw new UserError(t.wrongKind(id, name(found), name(kind)));
}

/** The events a command asks for, in date order; only filters by person, topic or date need core's indexes. */
async function selectEvents(ctx: Context, options: EventsOptions): Promise<readonly (Event | Frozen<Event>)[]> {
  const loaded = await ctx.data();
  if (
    options.person === undefined &&
    options.topic === undefined &&
    options.from === undefined &&
    options.to === undefined
  ) {
    const { events } = loaded.dataset;
    return eventsInDateOrder(options.kind === undefined ? events : events.filter((e) => e.kind === options.kind));
  }
  const { parley } = loaded;
  if (options.person !== undefined) expectKind(ctx, parley, options.person, "people");
  if (options.topic !== undefined) expectKind(ctx, parley, options.topic, "topics");
  const filters: TimelineFilters = {
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(options.kind !== undefined ? { kinds: [options.kind] } : {}),
    ...(options.person !== undefined ? { people: [options.person] } : {}),
    ...(options.topic !== undefined ? { topics: [options.topic] } : {}),
  };
  return parley.timeline(filters);
}

/**
 * One line per event, in pieces of about 64 KB; the title in the language, marked where English stands in for a
 * translation.
 */
function* linePieces(
  events: readonly Pick<Event, "date" | "id" | "kind" | "title" | "translations">[],
  language: Language,
): Generator<string> {
  let piece = "";
  for (const e of events) {
    const title = language === "en" ? e.title : marked(textOf(e, "title", language), language);
    piece += `${e.date}\t${e.id}\t${e.kind}\t${title.replace(/\s+/gu, " ")}\n`;
    if (piece.length >= 1 << 16) {
      yield piece;
      piece = "";
    }
  }
  if (piece !== "") yield piece;
}

/**
 * `parley events`: the timeline, filtered; one line per event (EDTF date, id, kind, title in the interface's
 * language, tab-separated) or JSON (as stored, the same in every language),
 * written record by record (the same text as `JSON.stringify`: indented on a terminal, one line in a pipe).
 */
export async function eventsCommand(ctx: Context, options: EventsOptions): Promise<number> {
  const selected = await selectEvents(ctx, options);
  const events = options.limit === undefined ? selected : selected.slice(0, options.limit);
  mark("selected");
  if (options.json) {
    await ctx.io.outEach(jsonArrayPieces(events, ctx.io.stdoutIsTTY ? 2 : 0));
    ctx.io.out("\n");
    mark("written");
    return 0;
  }
  await ctx.io.outEach(linePieces(events, ctx.language));
  if (events.length === 0 && ctx.io.stdoutIsTTY) ctx.io.err(`${messagesFor(ctx.language).commands.noEventsMatch}\n`);
  return 0;
}
