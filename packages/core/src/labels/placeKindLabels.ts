import type { PlaceKind } from "../schema/vocabularies.js";
import type { LabelTable } from "./Label.js";

/** Every kind of place in words. */
export const placeKindLabels: LabelTable<PlaceKind> = Object.freeze({
  country: { en: "Country", vi: "Quốc gia", ru: "Страна" },
  region: { en: "Region", vi: "Vùng", ru: "Регион" },
  city: { en: "City", vi: "Thành phố", ru: "Город" },
  venue: { en: "Venue", vi: "Địa điểm tổ chức", ru: "Место проведения" },
  airport: { en: "Airport", vi: "Sân bay", ru: "Аэропорт" },
  building: { en: "Building", vi: "Tòa nhà", ru: "Здание" },
});
