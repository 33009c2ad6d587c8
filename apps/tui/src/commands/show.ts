import { languages, type Language } from "@parley/core";
import { messagesFor } from "../i18n/messagesFor.js";
import { UserError } from "../process/errors.js";
import { detailText } from "../rows/detail/detailText.js";
import { toJsonText } from "../process/io.js";
import { buildDetail, type Detail, type Line } from "../rows/detail/index.js";
import type { Context } from "./context.js";

/** A line as `--json` gives it: a field's label also in every language, beside the English one. */
type JsonLine = Line | (Extract<Line, { type: "field" }> & { labels: Record<Language, string> });

/**
 * The lines of a record's page for `--json`, the same in every language: English, with each field's label in all
 * three. Every language's view is built by the same code, so the `n`th field is the same field in each (other lines
 * may differ in number: a translated text can link more or fewer records than its English).
 */
function neutralLines(views: Readonly<Record<Language, Detail>>): JsonLine[] {
  const fields = Object.fromEntries(
    languages.map((language) => [language, views[language].lines.filter((line) => line.type === "field")]),
  ) as Record<Language, Extract<Line, { type: "field" }>[]>;
  let n = 0;
  return views.en.lines.map((line) => {
    if (line.type !== "field") return line;
    const at = n++;
    const labels = Object.fromEntries(
      languages.map((language) => [language, fields[language][at]?.label ?? line.label]),
    ) as Record<Language, string>;
    return { ...line, labels };
  });
}

/** `parley show <id>`: everything about one record, as text in the context's language or as language-neutral JSON. */
export async function showCommand(ctx: Context, id: string, options: { json?: boolean }): Promise<number> {
  const { parley } = await ctx.data();
  const got = parley.get(id);
  if (!got.ok) throw new UserError(messagesFor(ctx.language).commands.noRecord(id));
  if (!options.json) {
    ctx.io.out(detailText(buildDetail(parley, id, ctx.language)!));
    return 0;
  }
  const views = Object.fromEntries(languages.map((l) => [l, buildDetail(parley, id, l)!])) as Record<Language, Detail>;
  ctx.io.out(
    toJsonText(
      {
        kind: got.value.kind,
        id,
        title: views.en.title,
        subtitle: views.en.subtitle,
        record: got.value.record,
        lines: neutralLines(views),
      },
      ctx.io,
    ),
  );
  return 0;
}
