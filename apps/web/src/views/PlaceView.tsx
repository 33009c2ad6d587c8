import type { Frozen, Language, Parley, Place } from "@parley/core";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { EventList } from "@/components/EventList";
import { Fact } from "@/components/Fact";
import { LocalText } from "@/components/LocalText";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { RecordLinks } from "@/components/RecordLinks";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceList } from "@/components/SourceList";
import { nameOf } from "@/lib/frozenText";
import { placeKindLabel } from "@/lib/labels";
import { numberCitations } from "@/lib/numberCitations";
import { NamesSection } from "./NamesSection";
import { viewText } from "./viewText";

/** One place in the page's language: names, where it is, the places within it and the events held there. */
export function PlaceView({ parley, place, language }: { parley: Parley; place: Frozen<Place>; language: Language }) {
  const t = viewText[language];
  const citations = numberCitations(parley, place.id, parley.citationsOf(place.id), language);
  const within = parley.placesWithin(place.id);
  const events = parley.timeline({ places: [place.id] });
  const disagreements = parley.disagreementsAbout(place.id);
  const name = nameOf(place, language);
  return (
    <article className="page">
      <PageTitle
        language={language}
        crumbs={[{ href: "/places/", label: t.crumbs.places }]}
        kicker={t.place.kicker(
          placeKindLabel(place.kind, language).toLowerCase(),
          parley.labelOf(place.country, language),
        )}
        title={<LocalText value={name} language={language} />}
      />
      <DisagreementNotice disagreements={disagreements} language={language} />
      <dl className="facts">
        <Fact term={t.country}>
          <RecordLink parley={parley} id={place.country} language={language} />
        </Fact>
        {place.within ? (
          <Fact term={t.place.within}>
            <RecordLink parley={parley} id={place.within} language={language} />
          </Fact>
        ) : null}
        {within.length > 0 ? (
          <Fact term={t.place.placesWithin}>
            <RecordLinks parley={parley} ids={within.map((p) => p.id)} language={language} />
          </Fact>
        ) : null}
        {place.coordinates ? (
          <Fact term={t.place.coordinates}>
            {place.coordinates.lat.toFixed(4)}, {place.coordinates.lon.toFixed(4)}
          </Fact>
        ) : null}
      </dl>
      <NamesSection parley={parley} record={place} citations={citations} language={language} />
      <DisagreementPanel parley={parley} disagreements={disagreements} language={language} />
      <h2 id="events">{t.place.events}</h2>
      <EventList events={events} language={language} />
      <SourceList parley={parley} citations={citations} language={language} />
      <ReportErrorLink kind="places" id={place.id} label={name.text} language={language} />
    </article>
  );
}
