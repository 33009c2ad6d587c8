import type { Metadata } from "next";
import { languages, type Language } from "@parley/core/search";
import { localePath } from "@/i18n/localePath";
import { SiteLayout, siteMetadata, siteViewport } from "@/site/SiteLayout";
import { notFoundText } from "@/site/notFoundText";

export const metadata: Metadata = { ...siteMetadata("en"), title: "Page not found", robots: { index: false } };
export const viewport = siteViewport;

function InLanguage({ language }: { language: Language }) {
  const t = notFoundText[language];
  return (
    <section lang={language} aria-labelledby={`not-found-${language}`}>
      <h2 id={`not-found-${language}`}>{t.heading}</h2>
      <p>{t.explain}</p>
      <form className="search-form" action={localePath(language, "/search/")} method="get" role="search">
        <label htmlFor={`not-found-q-${language}`} className="visually-hidden">
          {t.searchLabel}
        </label>
        <input id={`not-found-q-${language}`} name="q" type="search" placeholder={t.placeholder} />
        <button className="button" type="submit">
          {t.search}
        </button>
      </form>
      <ul className="plain-list prose">
        <li>
          <a href={localePath(language, "/timeline/")}>{t.timeline}</a>
        </li>
        <li>
          <a href={localePath(language, "/people/")}>{t.people}</a> ·{" "}
          <a href={localePath(language, "/organizations/")}>{t.organizations}</a>
        </li>
        <li>
          <a href={localePath(language, "/")}>{t.home}</a>
        </li>
      </ul>
    </section>
  );
}

/**
 * The 404 page. A static host serves one file for every missing address, whatever its language, so the page says it
 * in all three and each part leads into its own site.
 */
export default function NotFound() {
  return (
    <SiteLayout language="en" switchTo="/">
      <div className="page">
        <h1>Page not found · Không tìm thấy trang · Страница не найдена</h1>
        {languages.map((l) => (
          <InLanguage key={l} language={l} />
        ))}
      </div>
    </SiteLayout>
  );
}
