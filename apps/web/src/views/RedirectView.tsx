import { PageTitle } from "@/components/PageTitle";
import { Link } from "@/components/Link";

/**
 * The page kept at an old id's address: it sends the browser on at once (a meta refresh, for a static site with no
 * server redirects), and says where the record now is, with why it moved, for readers and tools that do not follow it.
 */
export function RedirectView({ href, label, note }: { href: string; label: string; note?: string | undefined }) {
  return (
    <article className="page">
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <PageTitle title="This record has moved" />
      <p className="prose">
        It is now <Link href={href}>{label}</Link>.{note ? ` ${note}` : null}
      </p>
    </article>
  );
}
