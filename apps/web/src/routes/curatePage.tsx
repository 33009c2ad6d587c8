import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { CurateWorkbench } from "@/curate/CurateWorkbench";
import { curatePageText, curateText } from "@/curate/curateText";

function metadata(language: Language): Metadata {
  const t = curatePageText[language];
  return pageMetadata({ path: "/curate/", title: t.title, description: t.description, index: false });
}

function CurateRoute({ language }: { language: Language }) {
  const t = curatePageText[language];
  return (
    <SectionPage language={language} path="/curate/" crumb={t.title} title={t.heading} lede={t.lede}>
      <CurateWorkbench text={curateText[language]} />
      <noscript>
        <p className="notice">
          {t.noScriptBefore} <code>parley draft article.txt</code>
          {t.noScriptAfter}
        </p>
      </noscript>
    </SectionPage>
  );
}

/** The page in every language. */
export const curatePage: RouteModule = { metadata, Page: CurateRoute };
