/** A committee subject in English, in a Vietnamese committee name, and in a Russian committee name ("по …"). */
export interface SyntheticSubject {
  en: string;
  vi: string;
  ru: string;
  /** The topic sessions on this subject are usually about. */
  topic: string;
}

/** A region with a legislature: the legislature's names, its seat (city) and the city's names. */
export interface SyntheticRegion {
  legislature: string;
  legislatureNative: string;
  city: string;
  cityNative: string;
}

/** A broad topic and its narrower topics (id, label, aliases). */
export interface SyntheticTopic {
  id: string;
  label: string;
  aliases: readonly string[];
  children: readonly { id: string; label: string; aliases: readonly string[] }[];
}

const split = (text: string): string[][] => text.split(";").map((entry) => entry.split("|").map((s) => s.trim()));

const subjects = split(
  "Foreign Affairs|Đối ngoại|международным делам|diplomacy; " +
    "Defence and Security|Quốc phòng, An ninh và Đối ngoại|обороне|defence-cooperation; " +
    "Economic Policy|Kinh tế và Tài chính|экономической политике|trade; " +
    "Budget and Taxes|Ngân sách|бюджету и налогам|budget-law; " +
    "Science and Technology|Khoa học, Công nghệ và Môi trường|науке и высшему образованию|research-cooperation; " +
    "Education|Văn hóa và Giáo dục|просвещению|higher-education; Culture|Văn hóa|культуре|cultural-exchange; " +
    "Legislation|Pháp luật và Tư pháp|государственному строительству и законодательству|law-making-experience; " +
    "Social Policy|Xã hội|труду и социальной политике|public-health; Energy|Năng lượng|энергетике|oil-and-gas; " +
    "Agriculture|Nông nghiệp|аграрным вопросам|food-security; Health|Y tế|охране здоровья|public-health; " +
    "Ethnic Affairs|Dân tộc|делам национальностей|diaspora; " +
    "Environment|Môi trường|экологии и охране природы|renewable-energy; " +
    "Transport|Giao thông|транспорту|railways; Youth|Thanh niên|молодёжной политике|youth-exchange; " +
    "Information Policy|Thông tin|информационной политике|digital-transformation; " +
    "Industry|Công nghiệp|промышленности и торговле|investment; Tourism|Du lịch|туризму|tourism; " +
    "Sport|Thể thao|физической культуре и спорту|sport",
).map(([en, vi, ru, topic]): SyntheticSubject => ({ en: en!, vi: vi!, ru: ru!, topic: topic! }));

const vietnameseProvinces = split(
  "Hanoi|Hà Nội; Ho Chi Minh City|Thành phố Hồ Chí Minh; Hai Phong|Hải Phòng; Da Nang|Đà Nẵng; " +
    "Can Tho|Cần Thơ; Hue|Huế; Quang Ninh|Quảng Ninh; Nghe An|Nghệ An; Khanh Hoa|Khánh Hòa; Dong Nai|Đồng Nai; " +
    "Binh Duong|Bình Dương; Thanh Hoa|Thanh Hóa; Lam Dong|Lâm Đồng; Bac Ninh|Bắc Ninh; Ninh Binh|Ninh Bình; " +
    "Ha Tinh|Hà Tĩnh; Quang Nam|Quảng Nam; Kien Giang|Kiên Giang; Lao Cai|Lào Cai; Thai Nguyen|Thái Nguyên; " +
    "Vinh Phuc|Vĩnh Phúc; Nam Dinh|Nam Định; Dak Lak|Đắk Lắk; Binh Dinh|Bình Định; An Giang|An Giang; " +
    "Tay Ninh|Tây Ninh; Phu Tho|Phú Thọ; Hai Duong|Hải Dương; Thai Binh|Thái Bình; Quang Binh|Quảng Bình",
).map(([en, vi]): SyntheticRegion => ({
  legislature: `People's Council of ${en}`,
  legislatureNative: `Hội đồng nhân dân ${vi}`,
  city: en!,
  cityNative: vi!,
}));

const russianRegions = split(
  "Moscow City Duma|Московская городская дума|Moscow|Москва; " +
    "Legislative Assembly of Saint Petersburg|Законодательное собрание Санкт-Петербурга|Saint Petersburg|Санкт-Петербург; " +
    "Legislative Assembly of Novosibirsk Oblast|Законодательное собрание Новосибирской области|Novosibirsk|Новосибирск; " +
    "Legislative Assembly of Sverdlovsk Oblast|Законодательное собрание Свердловской области|Yekaterinburg|Екатеринбург; " +
    "Legislative Assembly of Nizhny Novgorod Oblast|Законодательное собрание Нижегородской области|Nizhny Novgorod|Нижний Новгород; " +
    "Samara Regional Duma|Самарская губернская дума|Samara|Самара; " +
    "Legislative Assembly of Rostov Oblast|Законодательное собрание Ростовской области|Rostov-on-Don|Ростов-на-Дону; " +
    "Legislative Assembly of Irkutsk Oblast|Законодательное собрание Иркутской области|Irkutsk|Иркутск; " +
    "Legislative Assembly of Omsk Oblast|Законодательное собрание Омской области|Omsk|Омск; " +
    "Legislative Duma of Tomsk Oblast|Законодательная дума Томской области|Tomsk|Томск; " +
    "Kaliningrad Regional Duma|Калининградская областная дума|Kaliningrad|Калининград; " +
    "Legislative Assembly of Primorsky Krai|Законодательное собрание Приморского края|Vladivostok|Владивосток; " +
    "Legislative Duma of Khabarovsk Krai|Законодательная дума Хабаровского края|Khabarovsk|Хабаровск; " +
    "Legislative Assembly of Krasnoyarsk Krai|Законодательное собрание Красноярского края|Krasnoyarsk|Красноярск; " +
    "Legislative Assembly of Krasnodar Krai|Законодательное собрание Краснодарского края|Krasnodar|Краснодар; " +
    "State Council of Tatarstan|Государственный Совет Республики Татарстан|Kazan|Казань; " +
    "State Assembly of Bashkortostan|Государственное Собрание Республики Башкортостан|Ufa|Уфа; " +
    "State Assembly of Sakha|Государственное Собрание Республики Саха|Yakutsk|Якутск; " +
    "Voronezh Regional Duma|Воронежская областная дума|Voronezh|Воронеж; " +
    "Volgograd Regional Duma|Волгоградская областная дума|Volgograd|Волгоград; " +
    "Saratov Regional Duma|Саратовская областная дума|Saratov|Саратов; " +
    "Legislative Assembly of Chelyabinsk Oblast|Законодательное собрание Челябинской области|Chelyabinsk|Челябинск; " +
    "Tyumen Regional Duma|Тюменская областная дума|Tyumen|Тюмень; " +
    "Legislative Assembly of Ulyanovsk Oblast|Законодательное собрание Ульяновской области|Ulyanovsk|Ульяновск; " +
    "Legislative Assembly of Amur Oblast|Законодательное собрание Амурской области|Blagoveshchensk|Благовещенск; " +
    "Sakhalin Regional Duma|Сахалинская областная дума|Yuzhno-Sakhalinsk|Южно-Сахалинск; " +
    "Murmansk Regional Duma|Мурманская областная дума|Murmansk|Мурманск; " +
    "Legislative Assembly of Perm Krai|Законодательное собрание Пермского края|Perm|Пермь; " +
    "Legislative Assembly of Altai Krai|Законодательное собрание Алтайского края|Barnaul|Барнаул; " +
    "Legislative Assembly of Leningrad Oblast|Законодательное собрание Ленинградской области|Gatchina|Гатчина",
).map(([legislature, legislatureNative, city, cityNative]): SyntheticRegion => ({
  legislature: legislature!,
  legislatureNative: legislatureNative!,
  city: city!,
  cityNative: cityNative!,
}));

const topic = (id: string, label: string, aliases: string, children: string): SyntheticTopic => ({
  id,
  label,
  aliases: aliases ? aliases.split(",").map((s) => s.trim()) : [],
  children: split(children).map(([childId, childLabel, childAliases]) => ({
    id: childId!,
    label: childLabel!,
    aliases: childAliases ? childAliases.split(",").map((s) => s.trim()) : [],
  })),
});

/** The fixed vocabulary the synthetic generator draws from: committees, regions, third countries, topics, venues, publishers. */
export const syntheticWorld = {
  subjects,
  vietnameseProvinces,
  russianRegions,
  /** Countries that host multilateral meetings, with their capital. */
  thirdCountries: split(
    "ch|Switzerland|Schweiz|Geneva|Genève; cn|China|中国|Beijing|北京; la|Laos|ລາວ|Vientiane|ວຽງຈັນ; " +
      "by|Belarus|Беларусь|Minsk|Мінск; kz|Kazakhstan|Қазақстан|Astana|Астана; " +
      "id|Indonesia|Indonesia|Jakarta|Jakarta; kh|Cambodia|កម្ពុជា|Phnom Penh|ភ្នំពេញ; " +
      "in|India|भारत|New Delhi|नई दिल्ली",
  ).map(([code, name, nativeName, city, cityNative]) => ({
    code: code!,
    name: name!,
    nativeName: nativeName!,
    city: city!,
    cityNative: cityNative!,
  })),
  topics: [
    topic(
      "economy",
      "Economy",
      "economic cooperation",
      "trade|Trade|commerce,free trade agreement; investment|Investment|FDI; " +
        "banking-and-finance|Banking and finance|payments; customs|Customs|",
    ),
    topic(
      "energy",
      "Energy",
      "",
      "oil-and-gas|Oil and gas|petroleum,LNG; nuclear-energy|Nuclear energy|atomic energy; renewable-energy|Renewable energy|green energy",
    ),
    topic(
      "security",
      "Security",
      "",
      "defence-cooperation|Defence cooperation|military cooperation; counter-terrorism|Counter-terrorism|; " +
        "cybersecurity|Cybersecurity|information security",
    ),
    topic(
      "legislation",
      "Legislation",
      "lawmaking",
      "law-making-experience|Law-making experience|legislative experience; " +
        "legislative-oversight|Legislative oversight|supervision; budget-law|Budget law|",
    ),
    topic(
      "education",
      "Education",
      "",
      "higher-education|Higher education|universities; vocational-training|Vocational training|; " +
        "russian-language-teaching|Russian-language teaching|Russian language",
    ),
    topic(
      "science-and-technology",
      "Science and technology",
      "S&T",
      "digital-transformation|Digital transformation|ICT,digital economy; space-cooperation|Space cooperation|; " +
        "research-cooperation|Research cooperation|",
    ),
    topic("culture", "Culture", "", "cultural-exchange|Cultural exchange|; tourism|Tourism|; sport|Sport|"),
    topic("health", "Health", "healthcare", "public-health|Public health|; pharmaceuticals|Pharmaceuticals|medicines"),
    topic("agriculture", "Agriculture", "", "food-security|Food security|; fisheries|Fisheries|"),
    topic(
      "transport",
      "Transport",
      "",
      "aviation|Aviation|air links; railways|Railways|; maritime-transport|Maritime transport|shipping",
    ),
    topic(
      "people-to-people",
      "People-to-people ties",
      "",
      "youth-exchange|Youth exchange|; diaspora|Diaspora|Vietnamese community in Russia; friendship-societies|Friendship societies|",
    ),
    topic(
      "multilateral-cooperation",
      "Multilateral cooperation",
      "",
      "ipu|Inter-Parliamentary Union|IPU; appf|Asia-Pacific Parliamentary Forum|APPF; diplomacy|Diplomacy|foreign policy",
    ),
    topic("history", "History", "", "war-memorials|War memorials|; anniversaries|Anniversaries|"),
  ] as readonly SyntheticTopic[],
  /** Venue names; `{city}` stands for the city's English name. */
  venues: [
    "{city} Convention Centre",
    "{city} Government Guesthouse",
    "{city} Friendship Palace",
    "{city} Exhibition Centre",
    "{city} Opera House",
    "{city} Administration Building",
  ],
  /** Parts of fictional publishers' names, combined as "{place} {noun}". */
  publisherPlaces: [
    "Hanoi",
    "Saigon",
    "Red River",
    "Mekong",
    "Hue",
    "Halong",
    "Moscow",
    "Volga",
    "Neva",
    "Ural",
    "Siberian",
    "Baikal",
    "Amur",
    "Eurasian",
    "Pacific",
    "Northern",
  ],
  publisherNouns: [
    "Courier",
    "Herald",
    "Bulletin",
    "Gazette",
    "Review",
    "Monitor",
    "Tribune",
    "Dispatch",
    "Chronicle",
    "Wire",
  ],
} as const;
