import type { Language } from "@parley/core/search";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getParley } from "@/data/getParley";
import { LanguageProvider } from "@/i18n/LanguageProvider";
import { site } from "@/lib/site";
import { SiteFooter } from "./SiteFooter";
import { SiteHeader } from "./SiteHeader";
import { siteText } from "./siteText";
import "../../app/globals.css";

/** Open Graph's names for the site's languages. */
const OG_LOCALE: Record<Language, string> = { en: "en_GB", vi: "vi_VN", ru: "ru_RU" };

/** What every page of a language's site tells browsers unless the page says otherwise. */
export function siteMetadata(language: Language): Metadata {
  const t = siteText[language];
  return {
    metadataBase: new URL(site.url),
    title: { default: `${site.name} — ${t.tagline}`, template: `%s · ${site.name}` },
    description: t.description,
    openGraph: { siteName: site.name, type: "website", locale: OG_LOCALE[language] },
  };
}

/** The viewport every page shares: phone width, light and dark. */
export const siteViewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#14171b" },
  ],
};

/** Every page's frame in a language: `<html lang>`, skip link, header with search, the page, footer. */
export function SiteLayout({
  language,
  switchTo,
  children,
}: {
  language: Language;
  /** Where the language switcher leads, as an English path, when it cannot be the same page (the 404 page). */
  switchTo?: string;
  children: ReactNode;
}) {
  const { version, license } = getParley().dataset;
  return (
    <html lang={language}>
      <body>
        <LanguageProvider language={language}>
          <a className="skip-link" href="#main">
            {siteText[language].skip}
          </a>
          <SiteHeader language={language} switchTo={switchTo} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter language={language} version={version} license={license} />
        </LanguageProvider>
      </body>
    </html>
  );
}
