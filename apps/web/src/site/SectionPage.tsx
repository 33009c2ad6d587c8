import type { Language } from "@parley/core/search";
import type { ReactNode } from "react";
import { PageTitle } from "@/components/PageTitle";

/** A top-level page of the site (`/events/`, `/data/`…): its frame, one breadcrumb, heading and lede. */
export function SectionPage({
  path,
  crumb,
  title,
  lede,
  prose = false,
  language,
  children,
}: {
  /** The page's path in the English site, which its breadcrumb links to (the link adds the language). */
  path: string;
  /** The breadcrumb's label, in the page's language. */
  crumb: string;
  title: ReactNode;
  lede?: ReactNode;
  /** Whether the page is mostly running text, set at a reading width. */
  prose?: boolean;
  language: Language;
  children: ReactNode;
}) {
  return (
    <div className={prose ? "page prose-page" : "page"}>
      <PageTitle crumbs={[{ href: path, label: crumb }]} title={title} lede={lede} language={language} />
      {children}
    </div>
  );
}
