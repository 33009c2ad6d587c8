import type { Frozen, Lookup, Parley, RecordOf } from "@parley/core";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { pathFor, type PageKind } from "@/lib/paths";
import { pageMetadata } from "@/site/pageMetadata";
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

/** The three exports of a record page (`/<kind>/<id>/`): one static page per record, its metadata, and the page itself. */
export function entityRoute<K extends PageKind>(spec: EntityRouteSpec<K>) {
  const find = async (params: Props["params"]) => {
    const { id } = await params;
    const parley = getParley();
    return { parley, id, found: spec.lookup(parley, id) };
  };
  return {
    generateStaticParams: () =>
      (getParley().dataset[spec.kind] as readonly { id: string }[]).map((r) => ({ id: r.id })),
    generateMetadata: async ({ params }: Props): Promise<Metadata> => {
      const { parley, id, found } = await find(params);
      if (!found.ok) return { title: "Not found" };
      const title = spec.title(found.value);
      const description = spec.description(found.value, parley);
      return {
        ...pageMetadata({ path: pathFor(spec.kind, id), title, description }),
        openGraph: { title, description, type: spec.ogType ?? "article", url: pathFor(spec.kind, id) },
      };
    },
    Page: async function EntityPage({ params }: Props) {
      const { parley, found } = await find(params);
      if (!found.ok) notFound();
      return spec.render(parley, found.value);
    },
  };
}
