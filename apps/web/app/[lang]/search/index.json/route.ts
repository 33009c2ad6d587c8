import { isLanguage } from "@parley/core/search";
import { getDataset } from "@/data/getParley";
import { translatedLanguages } from "@/i18n/localePath";
import { searchPayload } from "@/search/searchPayload";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One index per translated site: /vi/search/index.json and /ru/search/index.json. */
export function generateStaticParams() {
  return translatedLanguages.map((lang) => ({ lang }));
}

/**
 * The Vietnamese or Russian site's search index, written once at build time and fetched on first search: results are
 * labelled in the site's language, and found by their names and titles in every language.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLanguage(lang)) return new Response("No such site.", { status: 404 });
  return Response.json(searchPayload(getDataset(), lang));
}
