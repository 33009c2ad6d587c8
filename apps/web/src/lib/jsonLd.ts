import {
  plainText,
  textIn,
  type Event,
  type Frozen,
  type Language,
  type Organization,
  type Parley,
  type Person,
} from "@parley/core";
import { localePath } from "@/i18n/localePath";
import { isoRange } from "./formatEdtf";
import { nameOf } from "./frozenText";
import { pathFor, type PageKind } from "./paths";
import { absoluteUrl } from "./site";

/** A record's page in the language's site, as an absolute URL. */
function pageUrl(kind: PageKind, id: string, language: Language): string {
  return absoluteUrl(localePath(language, pathFor(kind, id)));
}

/** A record's identity for linked data: its English page, the same in every language's structured data. */
function idOf(kind: PageKind, id: string): string {
  return absoluteUrl(pathFor(kind, id));
}

const STATUS = {
  announced: "https://schema.org/EventScheduled",
  "took-place": "https://schema.org/EventScheduled",
  postponed: "https://schema.org/EventPostponed",
  cancelled: "https://schema.org/EventCancelled",
} as const;

const ONLINE = new Set(["online-meeting", "phone-call"]);

function personRef(person: Frozen<Person>, language: Language) {
  return {
    "@type": "Person",
    "@id": idOf("people", person.id),
    name: nameOf(person, language).text,
    url: pageUrl("people", person.id, language),
  };
}

/**
 * schema.org `Event` for an event page in a language: dates at their precision, place, status, attendees, parent and
 * child events, sources; names and texts in the page's language (`inLanguage`), English where a translation is missing.
 */
export function eventJsonLd(parley: Parley, event: Frozen<Event>, language: Language): Record<string, unknown> {
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
    "@id": idOf("events", event.id),
    url: pageUrl("events", event.id, language),
    inLanguage: language,
    name: textIn(event, "title", language)!.text,
    description: plainText(textIn(event, "summary", language)!.text),
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
            name: nameOf(place.value, language).text,
            url: pageUrl("places", place.value.id, language),
            address: { "@type": "PostalAddress", addressCountry: place.value.country.toUpperCase() },
          },
        }
      : {}),
    attendee: parley.participantsOf(event.id).map((p) => personRef(p.person, language)),
    organizer: event.organizations
      .filter((o) => o.role === "host" || o.role === "organizer")
      .map((o) => ({
        "@type": "Organization",
        name: parley.labelOf(o.organization, language),
        url: pageUrl("organizations", o.organization, language),
      })),
    about: event.topics.map((t) => ({
      "@type": "Thing",
      name: parley.labelOf(t, language),
      url: pageUrl("topics", t, language),
    })),
    ...(parent
      ? {
          superEvent: {
            "@type": "Event",
            name: textIn(parent, "title", language)!.text,
            url: pageUrl("events", parent.id, language),
          },
        }
      : {}),
    ...(children.length > 0
      ? {
          subEvent: children.map((c) => ({
            "@type": "Event",
            name: textIn(c, "title", language)!.text,
            url: pageUrl("events", c.id, language),
          })),
        }
      : {}),
    ...(sources.length > 0
      ? { subjectOf: [...new Set(sources)].map((url) => ({ "@type": "CreativeWork", url })) }
      : {}),
  };
}

/**
 * schema.org `Person` for a person page in a language: the name as the page shows it and every other name,
 * nationality, birth date and the posts held, in the page's language.
 */
export function personJsonLd(parley: Parley, person: Frozen<Person>, language: Language): Record<string, unknown> {
  const posts = [...new Set(parley.membershipsOf(person.id).map((m) => m.post))];
  const sources = parley.citationsOf(person.id).flatMap((c) => (c.source.url ? [c.source.url] : []));
  const name = nameOf(person, language).text;
  const summary = textIn(person, "summary", language);
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    "@id": idOf("people", person.id),
    url: pageUrl("people", person.id, language),
    name,
    ...(summary ? { description: plainText(summary.text) } : {}),
    alternateName: [
      ...new Set(
        [person.name, person.nativeName?.name, ...person.otherNames.map((n) => n.name)].filter(
          (n): n is string => Boolean(n) && n !== name,
        ),
      ),
    ],
    nationality: person.nationality.map((c) => ({ "@type": "Country", name: parley.labelOf(c, language) })),
    ...(person.birth ? { birthDate: isoRange(person.birth.date).start } : {}),
    ...(person.death ? { deathDate: isoRange(person.death.date).start } : {}),
    hasOccupation: posts.map((p) => ({ "@type": "Role", roleName: parley.labelOf(p, language) })),
    ...(sources.length > 0
      ? { subjectOf: [...new Set(sources)].map((url) => ({ "@type": "CreativeWork", url })) }
      : {}),
  };
}

/** schema.org `Organization` for an organization page in a language: its name and summary as the page shows them. */
export function organizationJsonLd(
  parley: Parley,
  organization: Frozen<Organization>,
  language: Language,
): Record<string, unknown> {
  const parent = organization.parent ? parley.getOrganization(organization.parent) : null;
  const name = nameOf(organization, language).text;
  const summary = textIn(organization, "summary", language);
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
    "@id": idOf("organizations", organization.id),
    url: pageUrl("organizations", organization.id, language),
    name,
    ...(summary ? { description: plainText(summary.text) } : {}),
    alternateName: [
      ...new Set(
        [organization.name, organization.nativeName?.name, ...organization.otherNames.map((n) => n.name)].filter(
          (n): n is string => Boolean(n) && n !== name,
        ),
      ),
    ],
    ...(organization.founded ? { foundingDate: isoRange(organization.founded.date).start } : {}),
    ...(parent?.ok
      ? {
          parentOrganization: {
            "@type": "Organization",
            name: nameOf(parent.value, language).text,
            url: pageUrl("organizations", parent.value.id, language),
          },
        }
      : {}),
    ...(organization.url ? { sameAs: [organization.url] } : {}),
  };
}
