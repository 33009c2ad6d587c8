import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getParley } from "@/data/getParley";
import { formatEdtf } from "@/lib/formatEdtf";
import { pathFor } from "@/lib/paths";
import { EventView } from "@/views/EventView";

export const dynamicParams = false;

/** One page per event in the dataset. */
export function generateStaticParams() {
  return getParley().dataset.events.map((e) => ({ id: e.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const found = getParley().getEvent(id);
  if (!found.ok) return { title: "Event not found" };
  const event = found.value;
  const description = `${formatEdtf(event.date)}. ${event.summary}`;
  return {
    title: event.title,
    description,
    alternates: { canonical: pathFor("events", id) },
    openGraph: { title: event.title, description, type: "article", url: pathFor("events", id) },
  };
}

export default async function EventPage({ params }: Props) {
  const { id } = await params;
  const parley = getParley();
  const found = parley.getEvent(id);
  if (!found.ok) notFound();
  return <EventView parley={parley} event={found.value} />;
}
