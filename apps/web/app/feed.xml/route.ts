import { getParley } from "@/data/getParley";
import { atomFeed } from "@/feed/atomFeed";

export const dynamic = "force-static";

/** The English site's Atom feed of the latest events, written at build time. */
export function GET() {
  return new Response(atomFeed(getParley(), "en"), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
