import type { Language } from "@parley/core";
import { InLanguage } from "@/components/InLanguage";
import { Link } from "@/components/Link";
import { PageTitle } from "@/components/PageTitle";
import { localePath } from "@/i18n/localePath";
import { viewText } from "./viewText";

/**
 * The page kept at an old id's address: it sends the browser on at once (a meta refresh, for a static site with no
 * server redirects), and says where the record now is, with why it moved (a note kept in English), for readers and
 * tools that do not follow it. `href` is the English site's path; the refresh goes to the page's own language.
 */
export function RedirectView({
  href,
  label,
  note,
  language,
}: {
  href: string;
  label: string;
  note?: string | undefined;
  language: Language;
}) {
  const t = viewText[language].moved;
  return (
    <article className="page">
      <meta httpEquiv="refresh" content={`0; url=${localePath(language, href)}`} />
      <PageTitle title={t.title} language={language} />
      <p className="prose">
        {t.now}
        <Link href={href}>{label}</Link>.
        {note ? (
          <>
            {" "}
            <InLanguage lang="en" language={language}>
              {note}
            </InLanguage>
          </>
        ) : null}
      </p>
    </article>
  );
}
