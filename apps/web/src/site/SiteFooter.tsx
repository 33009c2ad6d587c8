import { Link } from "@/components/Link";

/** The site footer: what the data is, its version and licence, and where to go next. */
export function SiteFooter({ version, license }: { version: string; license: string }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          Parley dataset {version}. {license}. Every fact links to the source that states it; where sources disagree,
          every version is kept.
        </p>
        <p>
          <Link href="/methodology/">Methodology</Link> · <Link href="/data/">Download the data</Link> ·{" "}
          <Link href="/methodology/#corrections">Report an error</Link> · <Link href="/sources/">All sources</Link>
        </p>
      </div>
    </footer>
  );
}
