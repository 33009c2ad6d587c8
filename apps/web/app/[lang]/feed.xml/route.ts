import type { Language } from "@parley/core";
import { getParley } from "@/data/getParley";
import { atomFeed } from "@/feed/atomFeed";
import { translatedLanguages } from "@/i18n/localePath";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One feed per translated site. */
export function generateStaticParams() {
  return translatedLanguages.map((lang) => ({ lang }));
}

/** The Vietnamese or Russian site's Atom feed of the latest events, written at build time. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: Language }> }) {
  return new Response(atomFeed(getParley(), (await params).lang), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
