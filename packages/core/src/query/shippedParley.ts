import { dataset } from "../dataset.js";
import { createParley } from "./createParley.js";
import type { Parley } from "./Parley.js";

let shared: Parley | undefined;

/** The queries over the shipped dataset, built on first use and shared by every caller. */
export function parley(): Parley {
  shared ??= createParley(dataset);
  return shared;
}

/** Any record by id in the shipped data, with its kind. */
export const getRecord: Parley["get"] = (id) => parley().get(id);

/** The kind of the shipped record with this id, or null. */
export const kindOf: Parley["kindOf"] = (id) => parley().kindOf(id);

/** A short human label for any id in the shipped data; the id itself when unknown. */
export const labelOf: Parley["labelOf"] = (id) => parley().labelOf(id);

/** An event of the shipped data by id. */
export const getEvent: Parley["getEvent"] = (id) => parley().getEvent(id);

/** A person of the shipped data by id. */
export const getPerson: Parley["getPerson"] = (id) => parley().getPerson(id);

/** An organization of the shipped data by id. */
export const getOrganization: Parley["getOrganization"] = (id) => parley().getOrganization(id);

/** A post of the shipped data by id. */
export const getPost: Parley["getPost"] = (id) => parley().getPost(id);

/** A term of office of the shipped data by id. */
export const getMembership: Parley["getMembership"] = (id) => parley().getMembership(id);

/** A document of the shipped data by id. */
export const getDocument: Parley["getDocument"] = (id) => parley().getDocument(id);

/** A statement of the shipped data by id. */
export const getStatement: Parley["getStatement"] = (id) => parley().getStatement(id);

/** A topic of the shipped data by id. */
export const getTopic: Parley["getTopic"] = (id) => parley().getTopic(id);

/** A place of the shipped data by id. */
export const getPlace: Parley["getPlace"] = (id) => parley().getPlace(id);

/** A country of the shipped data by id. */
export const getCountry: Parley["getCountry"] = (id) => parley().getCountry(id);

/** A source of the shipped data by id. */
export const getSource: Parley["getSource"] = (id) => parley().getSource(id);

/** A disagreement of the shipped data by id. */
export const getDisagreement: Parley["getDisagreement"] = (id) => parley().getDisagreement(id);

/** The sortable bounds of a shipped record's date, or null. */
export const boundsOf: Parley["boundsOf"] = (id) => parley().boundsOf(id);

/** Events a person, organization, topic, place or country is involved in, in date order. */
export const eventsOf: Parley["eventsOf"] = (id, filters) => parley().eventsOf(id, filters);

/** An event's participants with the post each held that day. */
export const participantsOf: Parley["participantsOf"] = (eventId) => parley().participantsOf(eventId);

/** An event's child events, in date order. */
export const childrenOf: Parley["childrenOf"] = (eventId) => parley().childrenOf(eventId);

/** An event's parent, or null. */
export const parentOf: Parley["parentOf"] = (eventId) => parley().parentOf(eventId);

/** Documents signed or adopted at an event, about a topic, or with an organization, country or person as a party or signatory. */
export const documentsOf: Parley["documentsOf"] = (id) => parley().documentsOf(id);

/** Statements made at an event, by a person, or about a topic. */
export const statementsOf: Parley["statementsOf"] = (id) => parley().statementsOf(id);

/** A topic's narrower topics (direct only). */
export const narrowerOf: Parley["narrowerOf"] = (topicId) => parley().narrowerOf(topicId);

/** The places directly within a place. */
export const placesWithin: Parley["placesWithin"] = (placeId) => parley().placesWithin(placeId);

/** The organizations directly part of an organization. */
export const partsOf: Parley["partsOf"] = (organizationId) => parley().partsOf(organizationId);

/** The offices of an organization. */
export const postsOf: Parley["postsOf"] = (organizationId) => parley().postsOf(organizationId);

/** The sources an organization published, by publication date. */
export const sourcesPublishedBy: Parley["sourcesPublishedBy"] = (organizationId) =>
  parley().sourcesPublishedBy(organizationId);

/** The sources that republish a source or an organization's reporting (a wire service). */
export const republicationsOf: Parley["republicationsOf"] = (id) => parley().republicationsOf(id);

/** Who held a post on a date (precision-aware). */
export const holderOf: Parley["holderOf"] = (postId, date) => parley().holderOf(postId, date);

/** Which posts a person held on a date (precision-aware). */
export const officeOn: Parley["officeOn"] = (personId, date) => parley().officeOn(personId, date);

/** A person's terms of office, in date order. */
export const membershipsOf: Parley["membershipsOf"] = (personId) => parley().membershipsOf(personId);

/** A post's terms of office, in date order. */
export const holdersOf: Parley["holdersOf"] = (postId) => parley().holdersOf(postId);

/** Shipped events matching the filters, in date order. */
export const timeline: Parley["timeline"] = (filters) => parley().timeline(filters);

/** Who a person met, how often and at which events; most frequent first. */
export const counterpartsOf: Parley["counterpartsOf"] = (personId) => parley().counterpartsOf(personId);

/** The who-met-whom network of the shipped data, optionally over a period. */
export const network: Parley["network"] = (filters) => parley().network(filters);

/** How often each topic comes up per year in the shipped data. */
export const topicsOverTime: Parley["topicsOverTime"] = () => parley().topicsOverTime();

/** Counts, date range and sources by publisher of the shipped data. */
export const stats: Parley["stats"] = () => parley().stats();

/** Every citation in a shipped record, resolved. */
export const citationsOf: Parley["citationsOf"] = (id) => parley().citationsOf(id);

/** Disagreements about a shipped record. */
export const disagreementsAbout: Parley["disagreementsAbout"] = (id) => parley().disagreementsAbout(id);

/** Shipped records that cite a source. */
export const recordsCiting: Parley["recordsCiting"] = (sourceId) => parley().recordsCiting(sourceId);
