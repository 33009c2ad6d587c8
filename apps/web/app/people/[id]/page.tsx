import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getParley } from "@/data/getParley";
import { pathFor } from "@/lib/paths";
import { PersonView } from "@/views/PersonView";

export const dynamicParams = false;

/** One page per person in the dataset. */
export function generateStaticParams() {
  return getParley().dataset.people.map((p) => ({ id: p.id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const found = getParley().getPerson(id);
  if (!found.ok) return { title: "Person not found" };
  const person = found.value;
  const description = person.summary ?? `${person.name}: offices held, events and people met in Vietnam–Russia relations, with sources.`;
  return {
    title: person.nativeName ? `${person.name} (${person.nativeName.name})` : person.name,
    description,
    alternates: { canonical: pathFor("people", id) },
    openGraph: { title: person.name, description, type: "profile", url: pathFor("people", id) },
  };
}

export default async function PersonPage({ params }: Props) {
  const { id } = await params;
  const parley = getParley();
  const found = parley.getPerson(id);
  if (!found.ok) notFound();
  return <PersonView parley={parley} person={found.value} />;
}
