import type { Country } from "../schema/Country.js";
import type { Organization } from "../schema/Organization.js";
import type { OrganizationKind } from "../schema/vocabularies.js";
import type { Place } from "../schema/Place.js";
import type { Topic } from "../schema/Topic.js";
import type { Citation } from "../schema/Citation.js";
import { scaled, type GeneratorContext, type Side } from "./GeneratorContext.js";
import { slugify } from "./syntheticIds.js";
import { syntheticWorld, type SyntheticRegion } from "./syntheticWorld.js";

/** A city with the venues in it. */
export interface SyntheticCity {
  id: string;
  name: string;
  venues: string[];
}

/** The fixed frame of a synthetic dataset: countries, cities and venues, topics, legislatures, mechanisms, publishers. */
export interface World {
  capital: Record<Side, SyntheticCity>;
  cities: Record<Side, SyntheticCity[]>;
  thirdCapitals: { country: string; city: SyntheticCity }[];
  /** Narrower topics (the ones events are tagged with), with their labels. */
  leafTopics: { id: string; label: string }[];
  /** Regions whose legislatures take part, per side, with their cities. */
  regions: Record<Side, { region: SyntheticRegion; organization: Organization; city: SyntheticCity }[]>;
  /** The national legislature (vn) and the two chambers (ru). */
  nationalAssembly: Organization;
  stateDuma: Organization;
  federationCouncil: Organization;
  friendshipGroups: Record<Side, Organization>;
  /** Committees per subject: the National Assembly's, the State Duma's, the Federation Council's. */
  committees: {
    subject: (typeof syntheticWorld.subjects)[number];
    vn: Organization;
    duma: Organization;
    council: Organization;
  }[];
  /** Standing bilateral mechanisms whose sessions are numbered, with the subject of each (null: the main one). */
  mechanisms: { organization: Organization; subject: (typeof syntheticWorld.subjects)[number] | null }[];
  publishers: { organization: Organization; side: Side | null }[];
}

const nativeName = (name: string, lang: string) => ({ name, lang, citations: [] as Citation[] });

/** Builds countries, places, topics and organizations, sized to the dataset. */
export function buildWorld(ctx: GeneratorContext): World {
  const { data, ids, rng } = ctx;
  const cite = (day: number | null = null): Citation[] => {
    const list: Citation[] = [];
    ctx.pending.push({ list, day });
    return list;
  };

  const country = (
    id: string,
    name: string,
    native: string,
    lang: string,
    other?: { name: string; kind: "spelling" | "full" },
  ): Country => {
    const record: Country = { id, name, nativeName: nativeName(native, lang), otherNames: [], citations: [] };
    if (other) record.otherNames.push({ name: other.name, lang: "en", kind: other.kind, citations: cite() });
    data.countries.push(record);
    return record;
  };
  country("vn", "Vietnam", "Việt Nam", "vi", { name: "Viet Nam", kind: "spelling" });
  country("ru", "Russia", "Россия", "ru", { name: "Russian Federation", kind: "full" });
  const thirdLangs: Record<string, string> = {
    ch: "fr",
    cn: "zh",
    la: "lo",
    by: "be",
    kz: "kk",
    id: "id",
    kh: "km",
    in: "hi",
  };
  for (const third of syntheticWorld.thirdCountries)
    country(third.code, third.name, third.nativeName, thirdLangs[third.code] ?? "en");

  const venuesPerCity = scaled(ctx, 400, 1, syntheticWorld.venues.length);
  const city = (
    name: string,
    native: string,
    lang: string,
    countryId: string,
    coordinates?: { lat: number; lon: number },
  ): SyntheticCity => {
    const id = ids.take(slugify(name));
    const place: Place = {
      id,
      name,
      nativeName: nativeName(native, lang),
      otherNames: [],
      kind: "city",
      country: countryId,
      citations: [],
    };
    if (coordinates) place.coordinates = coordinates;
    data.places.push(place);
    const venues: string[] = [];
    for (let v = 0; v < venuesPerCity; v++) {
      const venueName = syntheticWorld.venues[v]!.replace("{city}", name);
      const venueId = ids.take(slugify(venueName));
      data.places.push({
        id: venueId,
        name: venueName,
        otherNames: [],
        kind: "venue",
        country: countryId,
        within: id,
        citations: [],
      });
      venues.push(venueId);
    }
    return { id, name, venues };
  };
  const coordinates: Record<string, { lat: number; lon: number }> = {
    Hanoi: { lat: 21.0285, lon: 105.8542 },
    "Ho Chi Minh City": { lat: 10.7769, lon: 106.7009 },
    Moscow: { lat: 55.7558, lon: 37.6173 },
    "Saint Petersburg": { lat: 59.9343, lon: 30.3351 },
  };
  const vnCities = syntheticWorld.vietnameseProvinces.map((r) =>
    city(r.city, r.cityNative, "vi", "vn", coordinates[r.city]),
  );
  const ruCities = syntheticWorld.russianRegions.map((r) =>
    city(r.city, r.cityNative, "ru", "ru", coordinates[r.city]),
  );
  const landmark = (cityOf: SyntheticCity, name: string, native: string, lang: string, countryId: string) => {
    const id = ids.take(slugify(name));
    data.places.push({
      id,
      name,
      nativeName: nativeName(native, lang),
      otherNames: [],
      kind: "building",
      country: countryId,
      within: cityOf.id,
      citations: [],
    });
    cityOf.venues.unshift(id);
  };
  landmark(vnCities[0]!, "National Assembly House", "Nhà Quốc hội", "vi", "vn");
  landmark(ruCities[0]!, "State Duma building", "Здание Государственной думы", "ru", "ru");
  const thirdCapitals = syntheticWorld.thirdCountries.map((t) => ({
    country: t.code,
    city: city(t.city, t.cityNative, thirdLangs[t.code] ?? "en", t.code),
  }));

  const leafTopics: { id: string; label: string }[] = [];
  for (const root of syntheticWorld.topics) {
    data.topics.push({ id: ids.take(root.id), label: root.label, aliases: [...root.aliases] });
    for (const child of root.children) {
      const topic: Topic = { id: ids.take(child.id), label: child.label, parent: root.id, aliases: [...child.aliases] };
      data.topics.push(topic);
      leafTopics.push({ id: topic.id, label: topic.label });
    }
  }

  const organization = (
    name: string,
    kind: OrganizationKind,
    extra: Partial<Omit<Organization, "id" | "name" | "kind">> = {},
  ): Organization => {
    const record: Organization = {
      id: ids.take(slugify(name)),
      name,
      ...(extra.nativeName ? { nativeName: extra.nativeName } : {}),
      otherNames: extra.otherNames ?? [],
      kind,
      ...(extra.parent ? { parent: extra.parent } : {}),
      countries: extra.countries ?? [],
      ...(extra.summary ? { summary: extra.summary } : {}),
      ...(extra.url ? { url: extra.url } : {}),
      citations: [],
    };
    data.organizations.push(record);
    return record;
  };
  const other = (name: string, lang: string, kind: "spelling" | "short" | "full") => ({
    name,
    lang,
    kind,
    citations: cite(),
  });

  const nationalAssembly = organization("National Assembly of Vietnam", "legislature", {
    nativeName: nativeName("Quốc hội Việt Nam", "vi"),
    otherNames: [other("Vietnamese National Assembly", "en", "spelling")],
    countries: ["vn"],
    summary: "Vietnam's unicameral legislature (synthetic record).",
  });
  const federalAssembly = organization("Federal Assembly of Russia", "legislature", {
    nativeName: nativeName("Федеральное Собрание Российской Федерации", "ru"),
    countries: ["ru"],
    summary: "Russia's bicameral parliament (synthetic record).",
  });
  const stateDuma = organization("State Duma", "chamber", {
    nativeName: nativeName("Государственная дума", "ru"),
    otherNames: [other("Duma", "en", "short")],
    parent: federalAssembly.id,
    countries: ["ru"],
  });
  const federationCouncil = organization("Federation Council", "chamber", {
    nativeName: nativeName("Совет Федерации", "ru"),
    parent: federalAssembly.id,
    countries: ["ru"],
  });
  const friendshipGroups: Record<Side, Organization> = {
    vn: organization("Vietnam–Russia Friendship Parliamentarians' Group", "friendship-group", {
      nativeName: nativeName("Nhóm Nghị sĩ hữu nghị Việt Nam – Nga", "vi"),
      parent: nationalAssembly.id,
      countries: ["vn"],
    }),
    ru: organization("State Duma Group for Relations with the National Assembly of Vietnam", "friendship-group", {
      nativeName: nativeName("Группа по связям с Национальным собранием Вьетнама", "ru"),
      parent: stateDuma.id,
      countries: ["ru"],
    }),
  };

  const committees = syntheticWorld.subjects
    .slice(0, scaled(ctx, 400, 0, syntheticWorld.subjects.length))
    .map((subject) => ({
      subject,
      vn: organization(`${subject.en} Committee of the National Assembly`, "parliamentary-body", {
        nativeName: nativeName(`Ủy ban ${subject.vi} của Quốc hội`, "vi"),
        parent: nationalAssembly.id,
        countries: ["vn"],
      }),
      duma: organization(`${subject.en} Committee of the State Duma`, "parliamentary-body", {
        nativeName: nativeName(`Комитет Государственной думы по ${subject.ru}`, "ru"),
        parent: stateDuma.id,
        countries: ["ru"],
      }),
      council: organization(`${subject.en} Committee of the Federation Council`, "parliamentary-body", {
        nativeName: nativeName(`Комитет Совета Федерации по ${subject.ru}`, "ru"),
        parent: federationCouncil.id,
        countries: ["ru"],
      }),
    }));

  const regionCount = scaled(
    ctx,
    250,
    0,
    Math.min(syntheticWorld.vietnameseProvinces.length, syntheticWorld.russianRegions.length),
  );
  const regionsOf = (side: Side, list: readonly SyntheticRegion[], cities: SyntheticCity[]) =>
    list.slice(0, regionCount).map((region, i) => ({
      region,
      city: cities[i]!,
      organization: organization(region.legislature, "legislature", {
        nativeName: nativeName(region.legislatureNative, side === "vn" ? "vi" : "ru"),
        countries: [side],
      }),
    }));
  const regions = {
    vn: regionsOf("vn", syntheticWorld.vietnameseProvinces, vnCities),
    ru: regionsOf("ru", syntheticWorld.russianRegions, ruCities),
  };

  const mechanisms: World["mechanisms"] = [
    {
      organization: organization("Vietnam–Russia Inter-Parliamentary Cooperation Committee", "bilateral-mechanism", {
        nativeName: nativeName("Ủy ban hợp tác liên nghị viện Việt Nam – Nga", "vi"),
        countries: ["vn", "ru"],
        summary: "A standing committee of the two legislatures that meets in numbered sessions (synthetic record).",
      }),
      subject: null,
    },
  ];
  for (const { subject } of committees.slice(0, scaled(ctx, 5000, 0, committees.length))) {
    mechanisms.push({
      organization: organization(`Vietnam–Russia Parliamentary Working Group on ${subject.en}`, "bilateral-mechanism", {
        countries: ["vn", "ru"],
      }),
      subject,
    });
  }

  const publishers: World["publishers"] = [];
  const places = syntheticWorld.publisherPlaces;
  const publisherCount = scaled(ctx, 400, 2, places.length * syntheticWorld.publisherNouns.length);
  for (let i = 0; i < publisherCount; i++) {
    const placeIndex = i % places.length;
    const noun = syntheticWorld.publisherNouns[Math.floor(i / places.length)]!;
    const side: Side | null = placeIndex < 6 ? "vn" : placeIndex < 12 ? "ru" : null;
    const name = `${places[placeIndex]!} ${noun}`;
    const kind = rng.chance(0.2) ? "news-agency" : "news-publisher";
    publishers.push({
      organization: organization(name, kind, {
        countries: side ? [side] : [],
        url: `https://${slugify(name)}.example.com/`,
        summary: "A fictional publisher of synthetic reports.",
      }),
      side,
    });
  }

  return {
    capital: { vn: vnCities[0]!, ru: ruCities[0]! },
    cities: { vn: vnCities, ru: ruCities },
    thirdCapitals,
    leafTopics,
    regions,
    nationalAssembly,
    stateDuma,
    federationCouncil,
    friendshipGroups,
    committees,
    mechanisms,
    publishers,
  };
}
