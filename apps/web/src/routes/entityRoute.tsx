import type { Frozen, Language, Lookup, Parley, RecordOf } from "@parley/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import type { RouteModule } from "@/site/routeExports";
import { pathFor, type PageKind } from "@/lib/paths";
import { pageMetadata } from "@/site/pageMetadata";
import { RedirectView } from "@/views/RedirectView";
import { getParley } from "@/data/getParley";

/** What a record page needs: how to find a record, describe it and show it in a language. */
export interface EntityRouteSpec<K extends PageKind> {
  kind: K;
  lookup: (parley: Parley, id: string) => Lookup<RecordOf<K>>;
  title: (record: Frozen<RecordOf<K>>, language: Language) => string;
  description: (record: Frozen<RecordOf<K>>, parley: Parley, language: Language) => string;
  render: (parley: Parley, record: Frozen<RecordOf<K>>, language: Language) => ReactNode;
  ogType?: "article" | "profile" | "website";
}

/** The redirects whose live record is of this kind: each old id keeps a page that sends readers on. */
function redirectsTo(parley: Parley, kind: PageKind) {
  return parley.dataset.redirects.filter((r) => parley.kindOf(r.to) === kind);
}

/**
 * A record page (`/<kind>/<id>/`) in every language: one static page per record and per old id redirected to a
 * record of the kind, its metadata, and the page itself.
 */
export function entityRoute<K extends PageKind>(spec: EntityRouteSpec<K>): RouteModule<{ id: string }> {
  const find = (id: string) => {
    const parley = getParley();
    const moved = redirectsTo(parley, spec.kind).find((r) => r.from === id) ?? null;
    return { parley, moved, found: spec.lookup(parley, id) };
  };
  return {
    staticParams: () => {
      const parley = getParley();
      return [
        ...(parley.dataset[spec.kind] as readonly { id: string }[]).map((r) => ({ id: r.id })),
        ...redirectsTo(parley, spec.kind).map((r) => ({ id: r.from })),
      ];
    },
    metadata: (language, { id }): Metadata => {
      const { parley, moved, found } = find(id);
      if (moved)
        return {
          title: `Moved: ${parley.labelOf(moved.to)}`,
          alternates: { canonical: pathFor(spec.kind, moved.to) },
          robots: { index: false, follow: true },
        };
      if (!found.ok) return { title: "Not found" };
      const title = spec.title(found.value, language);
      const description = spec.description(found.value, parley, language);
      return {
        ...pageMetadata({ path: pathFor(spec.kind, id), title, description }),
        openGraph: { title, description, type: spec.ogType ?? "article", url: pathFor(spec.kind, id) },
      };
    },
    Page: function EntityPage({ language, params: { id } }) {
      const { parley, moved, found } = find(id);
      if (moved)
        return (
          <RedirectView
            href={pathFor(spec.kind, moved.to)}
            label={parley.labelOf(moved.to, language)}
            note={moved.note}
            language={language}
          />
        );
      if (!found.ok) notFound();
      return spec.render(parley, found.value, language);
    },
  };
}
