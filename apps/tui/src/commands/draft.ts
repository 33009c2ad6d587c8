import { readFileSync } from "node:fs";
import type { Language } from "@parley/core";
import { draftFromText, type Draft } from "@parley/core/draft";
import { fileProblemMessage, readProblem, writeFileAtomic, writeProblem } from "@parley/core/node";
import { messagesFor } from "../i18n/messagesFor.js";
import { UserError } from "../process/errors.js";
import { toJsonText, wantsColour } from "../process/io.js";
import type { Context } from "./context.js";
import { draftReview } from "./draftReview.js";

/** Options of `parley draft`. */
export interface DraftCommandOptions {
  url?: string;
  published?: string;
  publisher?: string;
  lang?: "en" | "vi" | "ru";
  json?: boolean;
  out?: string;
}

/** The article's text: a file's, or standard input's for `-`; a file that cannot be read is a usage error. */
function readArticle(file: string, standardInput: string, language: Language): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    throw new UserError(fileProblemMessage(readProblem(file === "-" ? standardInput : file, error), language));
  }
}

/** Whether a draft holds nothing at all (no span, no event): the input was empty, binary, in another language… */
const isEmpty = (draft: Draft) => draft.mentions.length === 0 && draft.events.length === 0;

/**
 * `parley draft FILE|-`: drafts cited records from a news article (plain text or a saved HTML page) against the
 * dataset (shipped, or `--data`). Prints a review to read, or the draft as JSON with `--json`; `--out FILE` writes the
 * JSON to a file atomically either way. Input that yields nothing (empty, binary, another language, no article) is
 * one line on stderr and exit 2, and nothing is written.
 */
export async function draftCommand(ctx: Context, file: string, options: DraftCommandOptions): Promise<number> {
  const t = messagesFor(ctx.language).commands;
  const text = readArticle(file, t.standardInput, ctx.language);
  const { dataset } = await ctx.data();
  const draft = draftFromText(text, {
    dataset,
    source: { url: options.url, published: options.published, publisher: options.publisher, language: options.lang },
  });
  if (isEmpty(draft) && draft.notes.length > 0) throw new UserError(t.nothingDrafted(file, draft.notes[0]!));
  const json = toJsonText(draft, { stdoutIsTTY: options.out !== undefined || ctx.io.stdoutIsTTY });
  if (options.out !== undefined) {
    try {
      writeFileAtomic(options.out, json);
    } catch (error) {
      throw new UserError(fileProblemMessage(writeProblem(options.out, error), ctx.language));
    }
    ctx.io.err(`${t.wrote(options.out)}\n`);
  }
  if (options.json && options.out === undefined) ctx.io.out(json);
  else if (!options.json) ctx.io.out(draftReview(draft, wantsColour(ctx.io.stdoutIsTTY), ctx.language));
  return 0;
}
