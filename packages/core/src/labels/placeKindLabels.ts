import type { PlaceKind } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every kind of place in words. */
export const placeKindLabels: LabelTable<PlaceKind> = Object.freeze({
  country: { en: "Country" },
  region: { en: "Region" },
  city: { en: "City" },
  venue: { en: "Venue" },
  airport: { en: "Airport" },
  building: { en: "Building" },
});
