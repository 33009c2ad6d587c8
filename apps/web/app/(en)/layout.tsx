import type { ReactNode } from "react";
import { SiteLayout, siteMetadata, siteViewport } from "@/site/SiteLayout";

export const metadata = siteMetadata("en");
export const viewport = siteViewport;

/** The English site, at the root. */
export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteLayout language="en">{children}</SiteLayout>;
}
