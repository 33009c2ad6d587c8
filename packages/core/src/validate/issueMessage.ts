import type { Language } from "../labels/Language.js";
import type { IssueDetail, IssueValues } from "./IssueDetail.js";
import { issueWording } from "./issueWording.js";

/** What an issue or notice says, in a language: its `message` is the English of this. */
export function issueMessage(item: { readonly detail: IssueDetail }, language: Language): string {
  const say = issueWording[item.detail.key][language] as (values: IssueValues[typeof item.detail.key]) => string;
  return say(item.detail as never);
}
