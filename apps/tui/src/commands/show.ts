import { UserError } from "../process/errors.js";
import { detailText } from "../rows/detail/detailText.js";
import { toJsonText } from "../process/io.js";
import { buildDetail } from "../rows/detail/index.js";
import type { Context } from "./context.js";

/** `parley show <id>`: everything about one record, as text or as JSON (`record` as stored, `lines` as shown). */
export function showCommand(ctx: Context, id: string, options: { json?: boolean }): number {
  const { parley } = ctx.data();
  const got = parley.get(id);
  if (!got.ok) throw new UserError(got.error.message);
  const detail = buildDetail(parley, id)!;
  if (options.json) {
    ctx.io.out(
      toJsonText(
        {
          kind: got.value.kind,
          id,
          title: detail.title,
          subtitle: detail.subtitle,
          record: got.value.record,
          lines: detail.lines,
        },
        ctx.io,
      ),
    );
  } else {
    ctx.io.out(detailText(detail));
  }
  return 0;
}
