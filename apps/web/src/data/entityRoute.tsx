import type { Frozen, Lookup, Parley, RecordOf } from "@parley/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { pathFor, type PageKind } from "@/lib/paths";
import { pageMetadata } from "@/site/pageMetadata";
import { RedirectView } from "@/views/RedirectView";
import { getParley } from "./getParley";

type Props = { params: Promise<{ id: string }> };

/** What a record page needs: how to find a record, describe it and show it. */
export interface EntityRouteSpec<K extends PageKind> {
  kind: K;
  lookup: (parley: Parley, id: string) => Lookup<RecordOf<K>>;
  title: (record: Frozen<RecordOf<K>>) => string;
  description: (record: Frozen<RecordOf<K>>, parley: Parley) => string;
  render: (parley: Parley, record: Frozen<RecordOf<K>>) => ReactNode;
  ogType?: "article" | "profile" | "website";
}

/** The redirects whose live record is of this kind: each old id keeps a page that sends readers on. */
function redirectsTo(parley: Parley, kind: PageKind) {
  return parley.dataset.redirects.filter((r) => parley.kindOf(r.to) === kind);
}

/**
 * The three exports of a record page (`/<kind>/<id>/`): one static page per record and per old id redirected to a
 * record of the kind, its metadata, and the page itself.
 */
export function entityRoute<K extends PageKind>(spec: EntityRouteSpec<K>) {
  const find = async (params: Props["params"]) => {
    const { id } = await params;
    const parley = getParley();
    const moved = redirectsTo(parley, spec.kind).find((r) => r.from === id) ?? null;
    return { parley, id, moved, found: spec.lookup(parley, id) };
  };
  return {
    generateStaticParams: () => {
      const parley = getParley();
      return [
        ...(parley.dataset[spec.kind] as readonly { id: string }[]).map((r) => ({ id: r.id })),
        ...redirectsTo(parley, spec.kind).map((r) => ({ id: r.from })),
      ];
    },
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const { parley, id, moved, found } = await find(params);
      if (moved)
        return {
          title: `Moved: ${parley.labelOf(moved.to)}`,
          alternates: { canonical: pathFor(spec.kind, moved.to) },
          robots: { index: false, follow: true },
        };
      if (!found.ok) return { title: "Not found" };
      const title = spec.title(found.value);
      const description = spec.description(found.value, parley);
      return {
        ...pageMetadata({ path: pathFor(spec.kind, id), title, description }),
        openGraph: { title, description, type: spec.ogType ?? "article", url: pathFor(spec.kind, id) },
      };
    },
    Page: async function EntityPage({ params }: Props) {
      const { parley, moved, found } = await find(params);
      if (moved)
        return <RedirectView href={pathFor(spec.kind, moved.to)} label={parley.labelOf(moved.to)} note={moved.note} />;
      if (!found.ok) notFound();
      return spec.render(parley, found.value);
    },
  };
}
