import type { ReactNode } from "react";
import { PageTitle } from "@/components/PageTitle";

/** A top-level page of the site (`/events/`, `/data/`…): its frame, one breadcrumb, heading and lede. */
export function SectionPage({
  path,
  crumb,
  title,
  lede,
  prose = false,
  children,
}: {
  /** The page's path, which its breadcrumb links to. */
  path: string;
  /** The breadcrumb's label. */
  crumb: string;
  title: ReactNode;
  lede?: ReactNode;
  /** Whether the page is mostly running text, set at a reading width. */
  prose?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={prose ? "page prose-page" : "page"}>
      <PageTitle crumbs={[{ href: path, label: crumb }]} title={title} lede={lede} />
      {children}
    </div>
  );
}
