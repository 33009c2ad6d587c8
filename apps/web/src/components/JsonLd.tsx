import { serializeJsonLd } from "@/lib/serializeJsonLd";

/** Structured data (schema.org) for search engines, safely escaped. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  // The only raw HTML on the site: JSON escaped by serializeJsonLd so it cannot close the script element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
