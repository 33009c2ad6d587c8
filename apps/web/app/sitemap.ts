import type { MetadataRoute } from "next";
import { getParley } from "@/data/getParley";
import { indexPathFor, pageKinds, pathFor, type PageKind } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** Every page of the site: the sections, each index and one page per record. */
export default function sitemap(): MetadataRoute.Sitemap {
  const parley = getParley();
  const sections = ["/", "/timeline/", "/network/", "/data/", "/methodology/"];
  const kinds = Object.keys(pageKinds) as PageKind[];
  const records = kinds.flatMap((kind) =>
    (parley.dataset[kind] as readonly { id: string }[]).map((r) => pathFor(kind, r.id)),
  );
  return [...sections, ...kinds.map(indexPathFor), ...records].map((path) => ({ url: absoluteUrl(path) }));
}
