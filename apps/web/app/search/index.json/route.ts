import { getDataset } from "@/data/getParley";
import { searchPayload } from "@/search/searchPayload";

export const dynamic = "force-static";

/** The search index and the names it was built from, written once at build time and fetched on first search. */
export function GET() {
  return Response.json(searchPayload(getDataset()));
}
