import { plainText, type Event, type Frozen, type Organization, type Parley, type Person } from "@parley/core";
import { isoRange } from "./formatEdtf";
import { pathFor } from "./paths";
import { absoluteUrl } from "./site";

const STATUS = {
  announced: "https://schema.org/EventScheduled",
  "took-place": "https://schema.org/EventScheduled",
  postponed: "https://schema.org/EventPostponed",
  cancelled: "https://schema.org/EventCancelled",
} as const;

const ONLINE = new Set(["online-meeting", "phone-call"]);

function personRef(person: Frozen<Person>) {
  return {
    "@type": "Person",
    "@id": absoluteUrl(pathFor("people", person.id)),
    name: person.name,
    url: absoluteUrl(pathFor("people", person.id)),
  };
}

/** schema.org `Event` for an event page: dates at their precision, place, status, attendees, parent and child events, sources. */
export function eventJsonLd(parley: Parley, event: Frozen<Event>): Record<string, unknown> {
  const { start, end } = isoRange(event.date);
  const rescheduled =
    event.status === "took-place" && event.earlierPlans.some((p) => p.outcome === "postponed" || p.outcome === "moved");
  const place = event.place ? parley.getPlace(event.place) : null;
  const parent = parley.parentOf(event.id);
  const children = parley.childrenOf(event.id);
  const sources = parley.citationsOf(event.id).flatMap((c) => (c.source.url ? [c.source.url] : []));
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    "@id": absoluteUrl(pathFor("events", event.id)),
    url: absoluteUrl(pathFor("events", event.id)),
    name: event.title,
    description: plainText(event.summary),
    ...(start ? { startDate: start } : {}),
    ...(end ? { endDate: end } : {}),
    eventStatus: rescheduled ? "https://schema.org/EventRescheduled" : STATUS[event.status],
    ...(rescheduled
      ? { previousStartDate: event.earlierPlans.map((p) => isoRange(p.date).start).filter(Boolean) }
      : {}),
    eventAttendanceMode: ONLINE.has(event.kind)
      ? "https://schema.org/OnlineEventAttendanceMode"
      : "https://schema.org/OfflineEventAttendanceMode",
    ...(place?.ok
      ? {
          location: {
            "@type": "Place",
            name: place.value.name,
            url: absoluteUrl(pathFor("places", place.value.id)),
            address: { "@type": "PostalAddress", addressCountry: place.value.country.toUpperCase() },
          },
        }
      : {}),
    attendee: parley.participantsOf(event.id).map((p) => personRef(p.person)),
    organizer: event.organizations
      .filter((o) => o.role === "host" || o.role === "organizer")
      .map((o) => ({
        "@type": "Organization",
        name: parley.labelOf(o.organization),
        url: absoluteUrl(pathFor("organizations", o.organization)),
      })),
    about: event.topics.map((t) => ({
      "@type": "Thing",
      name: parley.labelOf(t),
      url: absoluteUrl(pathFor("topics", t)),
    })),
    ...(parent
      ? { superEvent: { "@type": "Event", name: parent.title, url: absoluteUrl(pathFor("events", parent.id)) } }
      : {}),
    ...(children.length > 0
      ? {
          subEvent: children.map((c) => ({
            "@type": "Event",
            name: c.title,
            url: absoluteUrl(pathFor("events", c.id)),
          })),
        }
      : {}),
    ...(sources.length > 0
      ? { subjectOf: [...new Set(sources)].map((url) => ({ "@type": "CreativeWork", url })) }
      : {}),
  };
}

/** schema.org `Person` for a person page: every name, nationality, birth date and the posts held. */
export function personJsonLd(parley: Parley, person: Frozen<Person>): Record<string, unknown> {
  const posts = [...new Set(parley.membershipsOf(person.id).map((m) => m.post))];
  const sources = parley.citationsOf(person.id).flatMap((c) => (c.source.url ? [c.source.url] : []));
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": absoluteUrl(pathFor("people", person.id)),
    url: absoluteUrl(pathFor("people", person.id)),
    name: person.name,
    ...(person.summary ? { description: plainText(person.summary) } : {}),
    alternateName: [
      ...new Set(
        [person.nativeName?.name, ...person.otherNames.map((n) => n.name)].filter(
          (n): n is string => Boolean(n) && n !== person.name,
        ),
      ),
    ],
    nationality: person.nationality.map((c) => ({ "@type": "Country", name: parley.labelOf(c) })),
    ...(person.birth ? { birthDate: isoRange(person.birth.date).start } : {}),
    ...(person.death ? { deathDate: isoRange(person.death.date).start } : {}),
    hasOccupation: posts.map((p) => ({ "@type": "Role", roleName: parley.labelOf(p) })),
    ...(sources.length > 0
      ? { subjectOf: [...new Set(sources)].map((url) => ({ "@type": "CreativeWork", url })) }
      : {}),
  };
}

/** schema.org `Organization` for an organization page. */
export function organizationJsonLd(parley: Parley, organization: Frozen<Organization>): Record<string, unknown> {
  const parent = organization.parent ? parley.getOrganization(organization.parent) : null;
  return {
    "@context": "https://schema.org",
    "@type":
      organization.kind === "news-publisher" || organization.kind === "news-agency"
        ? "NewsMediaOrganization"
        : organization.kind === "legislature" ||
            organization.kind === "chamber" ||
            organization.kind === "ministry" ||
            organization.kind === "government"
          ? "GovernmentOrganization"
          : "Organization",
    "@id": absoluteUrl(pathFor("organizations", organization.id)),
    url: absoluteUrl(pathFor("organizations", organization.id)),
    name: organization.name,
    ...(organization.summary ? { description: plainText(organization.summary) } : {}),
    alternateName: [
      ...new Set(
        [organization.nativeName?.name, ...organization.otherNames.map((n) => n.name)].filter((n): n is string =>
          Boolean(n),
        ),
      ),
    ],
    ...(organization.founded ? { foundingDate: isoRange(organization.founded.date).start } : {}),
    ...(parent?.ok
      ? {
          parentOrganization: {
            "@type": "Organization",
            name: parent.value.name,
            url: absoluteUrl(pathFor("organizations", parent.value.id)),
          },
        }
      : {}),
    ...(organization.url ? { sameAs: [organization.url] } : {}),
  };
}
