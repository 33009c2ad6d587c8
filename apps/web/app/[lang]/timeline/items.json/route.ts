import type { Language } from "@parley/core/search";
import { getParley } from "@/data/getParley";
import { translatedLanguages } from "@/i18n/localePath";
import { timelineItems } from "@/timeline/timelineItems";

export const dynamic = "force-static";
export const dynamicParams = false;

/** One list per translated site: /vi/timeline/items.json and /ru/timeline/items.json. */
export function generateStaticParams() {
  return translatedLanguages.map((lang) => ({ lang }));
}

/**
 * The compact list of every event that the Vietnamese or Russian timeline filters in the browser, with titles, dates
 * and labels in that language, written once at build time.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: Language }> }) {
  return Response.json(timelineItems(getParley(), (await params).lang));
}
