import type { Frozen, Parley, Place } from "@parley/core";
import { EventList } from "@/components/EventList";
import { Joined } from "@/components/Joined";
import { Link } from "@/components/Link";
import { NameList } from "@/components/NameList";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceList } from "@/components/SourceList";
import { placeKindLabel } from "@/lib/labels";
import { numberCitations } from "@/lib/numberCitations";
import { pathFor } from "@/lib/paths";

/** One place: names, where it is, the places within it and the events held there. */
export function PlaceView({ parley, place }: { parley: Parley; place: Frozen<Place> }) {
  const citations = numberCitations(parley, place.id, parley.citationsOf(place.id));
  const within = parley.placesWithin(place.id);
  const events = parley.timeline({ places: [place.id] });
  const disagreements = parley.disagreementsAbout(place.id);
  return (
    <article className="page">
      <PageTitle
        crumbs={[{ href: "/places/", label: "Places" }]}
        kicker={`${placeKindLabel(place.kind).toLowerCase()} in ${parley.labelOf(place.country)}`}
        title={place.name}
      />
      <DisagreementNotice disagreements={disagreements} />
      <dl className="facts">
        <dt>Country</dt>
        <dd>
          <RecordLink parley={parley} id={place.country} />
        </dd>
        {place.within ? (
          <>
            <dt>Within</dt>
            <dd>
              <RecordLink parley={parley} id={place.within} />
            </dd>
          </>
        ) : null}
        {within.length > 0 ? (
          <>
            <dt>Places within</dt>
            <dd>
              <Joined items={within}>{(p) => <Link href={pathFor("places", p.id)}>{p.name}</Link>}</Joined>
            </dd>
          </>
        ) : null}
        {place.coordinates ? (
          <>
            <dt>Coordinates</dt>
            <dd>
              {place.coordinates.lat.toFixed(4)}, {place.coordinates.lon.toFixed(4)}
            </dd>
          </>
        ) : null}
      </dl>
      <h2 id="names">Names</h2>
      <NameList
        parley={parley}
        name={place.name}
        nativeName={place.nativeName}
        otherNames={place.otherNames}
        citations={citations}
      />
      <DisagreementPanel parley={parley} disagreements={disagreements} />
      <h2 id="events">Events held here</h2>
      <EventList events={events} />
      <SourceList parley={parley} citations={citations} />
      <ReportErrorLink kind="places" id={place.id} label={place.name} />
    </article>
  );
}
