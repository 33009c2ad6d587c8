import type { Frozen, Language, Membership, Parley } from "@parley/core";
import { termRows } from "@/charts/termRows";
import { TermsChart } from "@/charts/TermsChart";
import { TermsTable } from "@/components/TermsTable";
import { pathFor } from "@/lib/paths";

/**
 * Terms of office as a chart over time and a table, under a heading: on a person's page each term names its office
 * (`column="post"`), on an office's page its holder (`column="person"`), linked and in the page's language.
 */
export function TermsSection({
  parley,
  terms,
  column,
  id,
  heading,
  chartTitle,
  language,
}: {
  parley: Parley;
  terms: readonly Frozen<Membership>[];
  column: "post" | "person";
  id: string;
  heading: string;
  chartTitle: string;
  language: Language;
}) {
  const subject = (m: Frozen<Membership>) => (column === "post" ? m.post : m.person);
  const href = (m: Frozen<Membership>) => pathFor(column === "post" ? "posts" : "people", subject(m));
  const until = parley.stats().dateRange.latest ?? "2025-12-31";
  const rows = termRows(terms, (m) => parley.labelOf(subject(m), language), href, until);
  return (
    <>
      <h2 id={id}>{heading}</h2>
      <TermsChart rows={rows} title={chartTitle} />
      <TermsTable parley={parley} terms={terms} column={column} href={href} language={language} />
    </>
  );
}
