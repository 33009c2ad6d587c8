// @ts-check
import { dataset } from "@parley/core/shipped";

const first = (/** @type {readonly { id: string }[]} */ list) => list[0]?.id ?? "";

/** One route of every page type, from the shipped data, as [type, path]. @type {[string, string][]} */
export const benchRoutes = [
  ["home", "/"],
  ["timeline", "/timeline/"],
  ["event", "/events/2023-10-volodin-visit-vietnam/"],
  ["person", "/people/vyacheslav-volodin/"],
  ["organization", `/organizations/${first(dataset.organizations)}/`],
  ["office", `/posts/${first(dataset.posts)}/`],
  ["topic", `/topics/${first(dataset.topics)}/`],
  ["place", `/places/${first(dataset.places)}/`],
  ["document", `/documents/${first(dataset.documents)}/`],
  ["source", `/sources/${first(dataset.sources)}/`],
  ["events index", "/events/"],
  ["people index", "/people/"],
  ["network", "/network/"],
  ["search", "/search/"],
  ["data", "/data/"],
  ["methodology", "/methodology/"],
  ["404", "/404/"],
];
