import type { Language } from "@parley/core";
import { localePath } from "@/i18n/localePath";
import { libText } from "./libText";
import { absoluteUrl, site } from "./site";

/** What a correction request is about. */
export interface CorrectionTarget {
  /** The kind of record in words ("event", "person"). */
  kind: string;
  id: string;
  label: string;
  /** The page it is shown on, as the English site has it. */
  path: string;
  /**
   * The language of the page the reader is on: the request is worded in it and names that language's page. English
   * when not given (pages about the site as a whole).
   */
  language?: Language;
}

/**
 * A link that opens a prefilled correction request naming the page and record id:
 * a GitHub new-issue form when `issuesUrl` is set, else an e-mail.
 */
export function correctionUrl(
  target: CorrectionTarget,
  settings: { issuesUrl: string | null; email: string } = { issuesUrl: site.issuesUrl, email: site.correctionsEmail },
): string {
  const language = target.language ?? "en";
  const t = libText[language].correction;
  const title = t.title(target.label, target.kind, target.id);
  const body = [
    `${t.page}: ${absoluteUrl(localePath(language, target.path))}`,
    `${t.record}: ${target.kind} \`${target.id}\``,
    "",
    t.wrong,
    "",
    t.should,
    "",
  ].join("\n");
  if (settings.issuesUrl) {
    const params = new URLSearchParams({ title, body, labels: "correction" });
    return `${settings.issuesUrl}?${params.toString()}`;
  }
  return `mailto:${settings.email}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
