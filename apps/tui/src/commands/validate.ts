import { validateDatasetFile } from "@parley/core/node";
import { UserError } from "../errors.js";
import { formatIssues, groupIssues } from "../format/issues.js";
import { toJsonText, type Io } from "../io.js";

/** `parley validate <file>`: core's validator; issues grouped by record with code, path and message. Exit 0 clean, 1 issues. */
export function validateCommand(io: Io, file: string, options: { json?: boolean }): number {
  const checked = validateDatasetFile(file);
  if (!checked.ok) throw new UserError(checked.error);
  const { result } = checked;
  if (options.json) {
    io.out(toJsonText({ file, ok: result.ok, issues: result.issues, groups: groupIssues(result.issues).map((g) => ({ record: g.record, count: g.issues.length })), notices: result.notices }, io));
    return result.ok ? 0 : 1;
  }
  if (!result.ok) {
    io.out(formatIssues(file, result.issues));
    return 1;
  }
  const records = Object.values(result.dataset).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  const notices = result.notices.length;
  io.out(`${file}: valid, ${records} records${notices > 0 ? `; ${notices} notice${notices === 1 ? "" : "s"} (things that could not be checked)` : ""}\n`);
  return 0;
}
