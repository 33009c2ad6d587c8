import type { Language } from "@parley/core/search";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { languageAlternates } from "./languageAlternates";

/** A page of the site written once for every language: its metadata, its content and, for record pages, its ids. */
export interface RouteModule<P extends Record<string, string> = Record<string, never>> {
  /** What the page tells browsers and search engines, in the language. */
  metadata: (language: Language, params: P) => Metadata | Promise<Metadata>;
  /** The page in the language. */
  Page: (props: { language: Language; params: P }) => ReactNode | Promise<ReactNode>;
  /** The pages of a dynamic route (record ids). */
  staticParams?: () => P[];
}

type Params<P> = { params: Promise<P> };

async function metadataIn<P extends Record<string, string>>(
  route: RouteModule<P>,
  language: Language,
  params: P,
): Promise<Metadata> {
  const metadata = await route.metadata(language, params);
  return { ...metadata, alternates: languageAlternates(metadata.alternates, language) };
}

/** The exports of a page file in the English site (at the root). */
export function englishPage<P extends Record<string, string>>(route: RouteModule<P>) {
  return {
    generateMetadata: async ({ params }: Params<P>) => metadataIn(route, "en", await params),
    generateStaticParams: route.staticParams ?? (() => []),
    Page: async function EnglishPage({ params }: Params<P>) {
      return route.Page({ language: "en", params: await params });
    },
  };
}

/** The exports of a page file in the Vietnamese and Russian sites (under `app/[lang]/`). */
export function translatedPage<P extends Record<string, string>>(route: RouteModule<P>) {
  return {
    generateMetadata: async ({ params }: Params<P & { lang: Language }>) => {
      const { lang, ...rest } = await params;
      return metadataIn(route, lang, rest as unknown as P);
    },
    generateStaticParams: route.staticParams ?? (() => []),
    Page: async function TranslatedPage({ params }: Params<P & { lang: Language }>) {
      const { lang, ...rest } = await params;
      return route.Page({ language: lang, params: rest as unknown as P });
    },
  };
}
