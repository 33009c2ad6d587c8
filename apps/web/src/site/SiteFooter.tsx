import type { Language } from "@parley/core/search";
import { Link } from "@/components/Link";
import { siteText } from "./siteText";

/** The site footer: what the data is, its version and licence, and where to go next. */
export function SiteFooter({ language, version, license }: { language: Language; version: string; license: string }) {
  const t = siteText[language];
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t.footer(version, license)}</p>
        <p>
          <Link href="/methodology/">{t.sections.methodology}</Link> · <Link href="/data/">{t.download}</Link> ·{" "}
          <Link href="/methodology/#corrections">{t.reportError}</Link> · <Link href="/sources/">{t.allSources}</Link>
        </p>
      </div>
    </footer>
  );
}
