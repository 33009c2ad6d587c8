import { getParley } from "@/data/getParley";
import { timelineItems } from "@/timeline/timelineItems";

export const dynamic = "force-static";

/** The compact list of every event that the English timeline filters in the browser, written once at build time. */
export function GET() {
  return Response.json(timelineItems(getParley(), "en"));
}
