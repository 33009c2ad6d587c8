import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** Everything may be indexed except the search results page; the sitemap lists every page. */
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: "/search/" }], sitemap: absoluteUrl("/sitemap.xml") };
}
