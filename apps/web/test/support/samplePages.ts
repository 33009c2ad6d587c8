import { dataset } from "@parley/core/shipped";

const first = <T extends { id: string }>(list: readonly T[]): string => {
  const record = list[0];
  if (!record) throw new Error("the dataset has no record of a kind the site shows");
  return record.id;
};

/** One page of every type on the site, with text its main heading must contain. */
export function samplePages(): [path: string, heading: string][] {
  const person = dataset.people.find((p) => p.id === "vyacheslav-volodin") ?? dataset.people[0]!;
  return [
    ["/", "Vietnam–Russia relations"],
    ["/network/", "Who met whom"],
    ["/data/", "Download the data"],
    ["/methodology/", "Methodology"],
    ["/search/", "Search"],
    ["/timeline/", "Timeline"],
    ["/events/", "Events"],
    ["/events/2023-10-volodin-visit-vietnam/", "Volodin"],
    ["/people/", "People"],
    [`/people/${person.id}/`, person.name],
    ["/organizations/", "Organizations"],
    [`/organizations/${first(dataset.organizations)}/`, dataset.organizations[0]!.name],
    ["/posts/", "Offices"],
    [`/posts/${first(dataset.posts)}/`, dataset.posts[0]!.label],
    ["/topics/", "Topics"],
    [`/topics/${first(dataset.topics)}/`, dataset.topics[0]!.label],
    ["/places/", "Places"],
    [`/places/${first(dataset.places)}/`, dataset.places[0]!.name],
    ["/documents/", "Documents"],
    ...(dataset.documents.length > 0
      ? ([[`/documents/${first(dataset.documents)}/`, dataset.documents[0]!.title]] as [string, string][])
      : []),
    ["/sources/", "Sources"],
    ...(dataset.sources.length > 100 ? ([["/sources/page/2/", "Sources, page 2"]] as [string, string][]) : []),
    [`/sources/${first(dataset.sources)}/`, dataset.sources[0]!.title],
  ];
}
