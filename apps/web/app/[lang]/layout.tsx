import type { Language } from "@parley/core/search";
import type { ReactNode } from "react";
import { translatedLanguages } from "@/i18n/localePath";
import { SiteLayout, siteMetadata, siteViewport } from "@/site/SiteLayout";

type Props = { params: Promise<{ lang: Language }> };

export const dynamicParams = false;
export const viewport = siteViewport;

/** The Vietnamese and Russian sites, under /vi/ and /ru/. */
export function generateStaticParams() {
  return translatedLanguages.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: Props) {
  return siteMetadata((await params).lang);
}

export default async function TranslatedLayout({ children, params }: Props & { children: ReactNode }) {
  return <SiteLayout language={(await params).lang}>{children}</SiteLayout>;
}
