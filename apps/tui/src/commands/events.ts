import type { EventKind, TimelineFilters } from "@parley/core";
import { UserError } from "../errors.js";
import { toJsonText } from "../io.js";
import { singular } from "../kinds.js";
import type { Context } from "./context.js";

/** Options of `parley events`. */
export interface EventsOptions {
  from?: string;
  to?: string;
  kind?: EventKind;
  person?: string;
  topic?: string;
  json?: boolean;
}

/** Checks that an id names a record of the expected kind, or says plainly what it is instead. */
export function expectKind(ctx: Context, id: string, kind: "people" | "topics"): void {
  const found = ctx.data().parley.kindOf(id);
  if (found === kind) return;
  if (found === null) throw new UserError(`no ${singular[kind]} with id "${id}"`);
  throw new UserError(`"${id}" is a ${singular[found]}, not a ${singular[kind]}`);
}

/** `parley events`: the timeline, filtered; one line per event (EDTF date, id, kind, title, tab-separated) or JSON. */
export function eventsCommand(ctx: Context, options: EventsOptions): number {
  const { parley } = ctx.data();
  if (options.person !== undefined) expectKind(ctx, options.person, "people");
  if (options.topic !== undefined) expectKind(ctx, options.topic, "topics");
  const filters: TimelineFilters = {
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(options.kind !== undefined ? { kinds: [options.kind] } : {}),
    ...(options.person !== undefined ? { people: [options.person] } : {}),
    ...(options.topic !== undefined ? { topics: [options.topic] } : {}),
  };
  const events = parley.timeline(filters);
  if (options.json) {
    ctx.io.out(toJsonText(events, ctx.io));
    return 0;
  }
  const lines = events.map((e) => `${e.date}\t${e.id}\t${e.kind}\t${e.title.replace(/\s+/gu, " ")}`);
  ctx.io.out(lines.length > 0 ? `${lines.join("\n")}\n` : "");
  if (lines.length === 0 && ctx.io.stdoutIsTTY) ctx.io.err("no events match\n");
  return 0;
}
