import { getDataset } from "@/data/getParley";
import { searchPayload } from "@/search/searchPayload";

export const dynamic = "force-static";

/** The English site's search index, written once at build time and fetched on first search. */
export function GET() {
  return Response.json(searchPayload(getDataset(), "en"));
}
