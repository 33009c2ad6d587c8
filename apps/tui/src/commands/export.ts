import {
  toCsv,
  toICalendar,
  toJson,
  toJsonSchema,
  toPloverJsonl,
  toPopolo,
  type Dataset,
  type Language,
  type RecordKind,
} from "@parley/core";
import { fileProblemMessage, writeFileAtomic, writeProblem } from "@parley/core/node";
import { messagesFor } from "../i18n/messagesFor.js";
import { UserError } from "../process/errors.js";
import type { Context } from "./context.js";

/** An export result as text: strings as they are, objects as indented JSON. */
function asText(value: unknown): string {
  return typeof value === "string" ? value : `${JSON.stringify(value, null, 2)}\n`;
}

/** The export formats, as `--format` spells them. */
export const exportFormats = ["json", "csv", "ics", "popolo", "jsonl", "schema"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Options of `parley export`. */
export interface ExportOptions {
  format: ExportFormat;
  kind?: RecordKind;
  out?: string;
}

/**
 * The text of an export. `--kind` selects one kind of record: required for csv (a CSV file holds one table),
 * optional for json (just that array), refused for the other formats, which define their own content.
 */
export function exportText(
  dataset: Dataset,
  options: Pick<ExportOptions, "format" | "kind">,
  warn: (line: string) => void,
  language: Language = "en",
): string {
  const { format, kind } = options;
  const t = messagesFor(language).commands;
  if (kind !== undefined && format !== "csv" && format !== "json") throw new UserError(t.kindOnlyCsvJson(format));
  switch (format) {
    case "json":
      return kind === undefined ? asText(toJson(dataset)) : `${JSON.stringify(dataset[kind], null, 2)}\n`;
    case "csv":
      if (kind === undefined) throw new UserError(t.csvNeedsKind);
      return asText(toCsv(dataset, kind));
    case "ics": {
      const { ics, skipped } = toICalendar(dataset);
      if (skipped.length > 0) {
        const first = skipped[0]!;
        warn(t.leftOutOfCalendar(skipped.length, first.id, first.reason));
      }
      return ics;
    }
    case "popolo":
      return asText(toPopolo(dataset));
    case "jsonl":
      return asText(toPloverJsonl(dataset));
    case "schema":
      return asText(toJsonSchema());
  }
}

/** `parley export`: one export to stdout, or to `--out FILE` written atomically (a failure leaves any existing file as it was). */
export async function exportCommand(ctx: Context, options: ExportOptions): Promise<number> {
  // The schema needs no dataset; everything else exports the loaded one.
  const dataset =
    options.format === "schema" && options.kind === undefined
      ? (undefined as unknown as Dataset)
      : (await ctx.data()).dataset;
  const t = messagesFor(ctx.language).commands;
  const text = exportText(dataset, options, (line) => ctx.io.err(`${line}\n`), ctx.language);
  if (options.out === undefined) {
    ctx.io.out(text);
    return 0;
  }
  try {
    writeFileAtomic(options.out, text);
  } catch (error) {
    throw new UserError(fileProblemMessage(writeProblem(options.out, error), ctx.language));
  }
  ctx.io.err(`${t.wroteBytes(options.out, Buffer.byteLength(text))}\n`);
  return 0;
}
