import { issueMessage, type Language, type ValidationIssue } from "@parley/core";
import { messagesFor } from "../i18n/messagesFor.js";

/** Issues of one record (or of the dataset as a whole). */
export interface IssueGroup {
  /** `events 2023-10-visit`, or `dataset` for issues outside any record. */
  record: string;
  issues: readonly ValidationIssue[];
}

/** The record an issue belongs to, as "kind id" (kind read from the issue's JSON path). */
function recordOf(issue: ValidationIssue): string {
  const kind = /^\$\.([A-Za-z]+)\[/.exec(issue.path)?.[1];
  if (issue.id) return kind ? `${kind} ${issue.id}` : issue.id;
  const at = /^\$\.([A-Za-z]+)\[(\d+)\]/.exec(issue.path);
  return at ? `${at[1]} #${at[2]}` : "dataset";
}

/** Groups issues by record, keeping the order in which records first appear. */
export function groupIssues(issues: readonly ValidationIssue[]): IssueGroup[] {
  const groups = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const key = recordOf(issue);
    const list = groups.get(key);
    if (list) list.push(issue);
    else groups.set(key, [issue]);
  }
  return [...groups].map(([record, list]) => ({ record, issues: list }));
}

/** One line for an issue (of a dataset or a draft): code, path and message, the message in the interface's language. */
export function issueLine(issue: Pick<ValidationIssue, "code" | "path" | "detail">, language: Language): string {
  return `${issue.code}  ${issue.path}  ${issueMessage(issue, language)}`;
}

/** Issues as plain text: a header line per record, then one indented line per issue, then a count in a language. */
export function formatIssues(origin: string, issues: readonly ValidationIssue[], language: Language): string {
  const groups = groupIssues(issues);
  const lines: string[] = [];
  for (const group of groups) {
    lines.push(group.record);
    for (const issue of group.issues) lines.push(`  ${issueLine(issue, language)}`);
  }
  lines.push(messagesFor(language).commands.issueCount(origin, issues.length, groups.length));
  return `${lines.join("\n")}\n`;
}
