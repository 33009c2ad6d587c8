import { issueMessage, type IssueDetail, type Language } from "@parley/core";
import { fileProblemMessage } from "@parley/core/node";
import { openDataset } from "../dataset/openDataset.js";
import { formatIssues, groupIssues } from "../format/issues.js";
import { messagesFor } from "../i18n/messagesFor.js";
import { UserError } from "../process/errors.js";
import { toJsonText, type Io } from "../process/io.js";

/** An issue or notice with its message in every language, so that `--json` is the same whatever the language. */
function withMessages<T extends { readonly detail: IssueDetail }>(item: T): T & { messages: Record<Language, string> } {
  return {
    ...item,
    messages: { en: issueMessage(item, "en"), vi: issueMessage(item, "vi"), ru: issueMessage(item, "ru") },
  };
}

/**
 * `parley validate <file>`: core's validator, always run (never a cached verdict); issues grouped by record with
 * code, path and message. Exit 0 clean, 1 issues. A clean verdict is remembered for the next `--data` open.
 */
export function validateCommand(io: Io, file: string, options: { json?: boolean }, language: Language): number {
  const result = openDataset(file, { revalidate: true, remember: true });
  if (!result.ok && result.reason === "unreadable") throw new UserError(fileProblemMessage(result.problem, language));
  const issues = result.ok ? [] : result.issues;
  if (options.json) {
    io.out(
      toJsonText(
        {
          file,
          ok: result.ok,
          issues: issues.map(withMessages),
          groups: groupIssues(issues).map((g) => ({ record: g.record, count: g.issues.length })),
          notices: result.notices.map(withMessages),
        },
        io,
      ),
    );
  } else if (!result.ok) {
    io.out(formatIssues(file, issues, language));
  } else {
    const records = Object.values(result.dataset).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
    const notices = result.notices.length;
    const t = messagesFor(language).commands;
    io.out(`${t.valid(file, records)}${notices > 0 ? t.notices(notices) : ""}\n`);
  }
  if (!result.ok) return 1;
  result.remember();
  return 0;
}
