import { absoluteUrl, site } from "./site";

/** What a correction request is about. */
export interface CorrectionTarget {
  /** The kind of record in words ("event", "person"). */
  kind: string;
  id: string;
  label: string;
  /** The page it is shown on. */
  path: string;
}

/**
 * A link that opens a prefilled correction request naming the page and record id:
 * a GitHub new-issue form when `issuesUrl` is set, else an e-mail.
 */
export function correctionUrl(
  target: CorrectionTarget,
  settings: { issuesUrl: string | null; email: string } = { issuesUrl: site.issuesUrl, email: site.correctionsEmail },
): string {
  const title = `Correction: ${target.label} (${target.kind} ${target.id})`;
  const body = [
    `Page: ${absoluteUrl(target.path)}`,
    `Record: ${target.kind} \`${target.id}\``,
    "",
    "What is wrong:",
    "",
    "What it should say, and the source (URL, publisher, date) that says so:",
    "",
  ].join("\n");
  if (settings.issuesUrl) {
    const params = new URLSearchParams({ title, body, labels: "correction" });
    return `${settings.issuesUrl}?${params.toString()}`;
  }
  return `mailto:${settings.email}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
