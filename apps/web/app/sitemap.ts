import type { MetadataRoute } from "next";
import { languages } from "@parley/core";
import { getParley } from "@/data/getParley";
import { localePath } from "@/i18n/localePath";
import { indexPathFor, pageKinds, pathFor, type PageKind } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/** Every page of the three sites (the sections, each index and one page per record), each with its translations. */
export default function sitemap(): MetadataRoute.Sitemap {
  const parley = getParley();
  const sections = ["/", "/timeline/", "/network/", "/data/", "/methodology/"];
  const kinds = Object.keys(pageKinds) as PageKind[];
  const records = kinds.flatMap((kind) =>
    (parley.dataset[kind] as readonly { id: string }[]).map((r) => pathFor(kind, r.id)),
  );
  return [...sections, ...kinds.map(indexPathFor), ...records].flatMap((path) => {
    const alternates = { languages: Object.fromEntries(languages.map((l) => [l, absoluteUrl(localePath(l, path))])) };
    return languages.map((l) => ({ url: absoluteUrl(localePath(l, path)), alternates }));
  });
}
