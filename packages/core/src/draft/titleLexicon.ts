/**
 * Titles as articles write them, in each language, folded (lower case, no accents, й → и, ё → е), with the
 * recorded posts each may name. Titles that name no recorded post (a minister, a governor) have none: they
 * still mark the name that follows as a person, and give a new person the title the article gives them.
 */
export interface TitleEntry {
  /** Regular expression source over folded text; Russian stems allow any case ending. */
  pattern: string;
  /** Recorded posts the title may name; several when the country is left unsaid ("Prime Minister"). */
  posts: readonly string[];
  /** The title in English, for a new person's capacity. */
  label: string;
}

const E = "\\p{L}*"; // any (Russian) case ending
const NA_VN = "chairman-of-the-national-assembly-of-vietnam";
const DUMA = "chairman-of-the-state-duma";
const PRES_VN = "president-of-vietnam";
const PRES_RU = "president-of-russia";
const PM_VN = "prime-minister-of-vietnam";
const PM_RU = "prime-minister-of-russia";
const GS = "general-secretary-of-the-cpv";

/** Entries, longest and most specific first. */
export const titleLexicon: readonly TitleEntry[] = [
  // English
  {
    pattern: "first deputy (?:chairman|chair|speaker) of the (?:russian )?state duma",
    posts: ["first-deputy-chairman-of-the-state-duma"],
    label: "First Deputy Chairman of the State Duma",
  },
  {
    pattern: "(?:deputy (?:chairman|chair|speaker)|vice[- ]speaker) of the (?:russian )?state duma",
    posts: ["deputy-chairman-of-the-state-duma"],
    label: "Deputy Chairman of the State Duma",
  },
  {
    pattern:
      "(?:chairman|chair|speaker) of the (?:russian )?state duma|(?:russian )?(?:state )?duma (?:chairman|chair|speaker)",
    posts: [DUMA],
    label: "Chairman of the State Duma",
  },
  {
    pattern:
      "(?:chairwoman|chair|speaker) of the (?:russian )?federation council|federation council (?:chairwoman|chair|speaker)",
    posts: ["chair-of-the-federation-council"],
    label: "Chair of the Federation Council",
  },
  {
    pattern: "permanent vice[- ]chairman of the (?:vietnamese )?(?:national assembly|na)",
    posts: ["permanent-vice-chairman-of-the-national-assembly-of-vietnam"],
    label: "Permanent Vice Chairman of the National Assembly",
  },
  {
    pattern:
      "vice[- ]chair(?:man|woman)? of the (?:vietnamese )?(?:national assembly|na)|(?:national assembly|na) vice[- ]chair(?:man|woman)?",
    posts: [
      "vice-chairman-of-the-national-assembly-of-vietnam",
      "permanent-vice-chairman-of-the-national-assembly-of-vietnam",
    ],
    label: "Vice Chairman of the National Assembly",
  },
  {
    pattern:
      "chair(?:man|woman)? of (?:the (?:vietnamese )?|vietnam's )(?:national assembly|" +
      "na)(?: of vietnam)?|(?:vietnamese )?(?:national assembly|na) chair(?:man|woman)?|top legislator",
    posts: [NA_VN],
    label: "Chairman of the National Assembly",
  },
  {
    pattern:
      "(?:party )?general secretary(?: of the communist party of vietnam| of the cpv central committee)?|party chief",
    posts: [GS],
    label: "General Secretary",
  },
  { pattern: "vice president(?: of vietnam)?", posts: ["vice-president-of-vietnam"], label: "Vice President" },
  { pattern: "state president|president of vietnam|vietnamese president", posts: [PRES_VN], label: "State President" },
  { pattern: "russian president|president of russia", posts: [PRES_RU], label: "President of Russia" },
  { pattern: "president", posts: [PRES_VN, PRES_RU], label: "President" },
  {
    pattern: "deputy prime minister",
    posts: ["deputy-prime-minister-of-vietnam", "deputy-prime-minister-of-russia"],
    label: "Deputy Prime Minister",
  },
  { pattern: "russian prime minister|prime minister of russia", posts: [PM_RU], label: "Prime Minister of Russia" },
  {
    pattern: "vietnamese prime minister|prime minister of vietnam",
    posts: [PM_VN],
    label: "Prime Minister of Vietnam",
  },
  { pattern: "prime minister", posts: [PM_VN, PM_RU], label: "Prime Minister" },
  {
    pattern: "minister of public security",
    posts: ["minister-of-public-security-of-vietnam"],
    label: "Minister of Public Security",
  },
  {
    pattern: "(?:russian |vietnamese )?ambassador(?: to (?:vietnam|russia))?",
    posts: ["russian-ambassador-to-vietnam", "vietnamese-ambassador-to-russia"],
    label: "Ambassador",
  },
  {
    pattern:
      "(?:deputy |vice )?(?:foreign|defen[cs]e|defence|trade|finance) minister|(?:deputy )?minister(?: of [a-z]+(?: [a-z]+)?)?",
    posts: [],
    label: "Minister",
  },
  { pattern: "governor(?: of [a-z]+(?: [a-z]+)?)?|general|head of the [a-z]+ [a-z]+", posts: [], label: "Official" },
  // Vietnamese (folded)
  {
    pattern: "pho chu tich thu nhat duma quoc gia(?: (?:lien bang )?nga)?",
    posts: ["first-deputy-chairman-of-the-state-duma"],
    label: "First Deputy Chairman of the State Duma",
  },
  {
    pattern: "pho chu tich duma quoc gia(?: (?:lien bang )?nga)?",
    posts: ["deputy-chairman-of-the-state-duma"],
    label: "Deputy Chairman of the State Duma",
  },
  { pattern: "chu tich duma quoc gia(?: (?:lien bang )?nga)?", posts: [DUMA], label: "Chairman of the State Duma" },
  {
    pattern: "chu tich hoi dong lien bang(?: (?:lien bang )?nga)?",
    posts: ["chair-of-the-federation-council"],
    label: "Chair of the Federation Council",
  },
  {
    pattern: "pho chu tich thuong truc quoc hoi",
    posts: ["permanent-vice-chairman-of-the-national-assembly-of-vietnam"],
    label: "Permanent Vice Chairman of the National Assembly",
  },
  {
    pattern: "pho chu tich quoc hoi",
    posts: [
      "vice-chairman-of-the-national-assembly-of-vietnam",
      "permanent-vice-chairman-of-the-national-assembly-of-vietnam",
    ],
    label: "Vice Chairman of the National Assembly",
  },
  { pattern: "chu tich quoc hoi(?: viet nam)?", posts: [NA_VN], label: "Chairman of the National Assembly" },
  {
    pattern: "tong bi thu(?: ban chap hanh trung uong dang cong san viet nam)?",
    posts: [GS],
    label: "General Secretary",
  },
  { pattern: "pho chu tich nuoc", posts: ["vice-president-of-vietnam"], label: "Vice President" },
  { pattern: "chu tich nuoc", posts: [PRES_VN], label: "State President" },
  { pattern: "tong thong(?: (?:lien bang )?nga)?", posts: [PRES_RU], label: "President of Russia" },
  {
    pattern: "pho thu tuong(?: chinh phu)?(?: (?:lien bang )?nga| viet nam)?",
    posts: ["deputy-prime-minister-of-vietnam", "deputy-prime-minister-of-russia"],
    label: "Deputy Prime Minister",
  },
  { pattern: "thu tuong (?:lien bang )?nga", posts: [PM_RU], label: "Prime Minister of Russia" },
  { pattern: "thu tuong chinh phu(?: viet nam)?", posts: [PM_VN], label: "Prime Minister of Vietnam" },
  { pattern: "thu tuong", posts: [PM_VN, PM_RU], label: "Prime Minister" },
  {
    pattern: "bo truong (?:bo )?cong an",
    posts: ["minister-of-public-security-of-vietnam"],
    label: "Minister of Public Security",
  },
  {
    pattern:
      "dai su(?: dac menh toan quyen)?(?: (?:lien bang )?nga| viet nam)?(?: tai (?:viet nam|lien bang nga|nga))?",
    posts: ["russian-ambassador-to-vietnam", "vietnamese-ambassador-to-russia"],
    label: "Ambassador",
  },
  {
    pattern:
      "(?:thu truong|bo truong)(?: bo)? [a-z]+(?: [a-z]+)?(?: (?:lien bang )?nga)?|(?:thu truong|" +
      "bo truong)|dai tuong|thuong tuong|trung tuong|chu tich ubnd(?: tinh)?(?: [a-z]+ [a-z]+)?|" +
      "thong doc(?: tinh)?(?: [a-z]+)?|bi thu tinh uy(?: [a-z]+ [a-z]+)?",
    posts: [],
    label: "Minister",
  },
  // Russian (folded: й → и, ё → е)
  {
    pattern:
      `перв${E} заместител${E} председател${E} (?:государственно${E} думы|госдумы|гд)|` +
      `перв${E} (?:вице-спикер${E}|зампред${E} госдумы)`,
    posts: ["first-deputy-chairman-of-the-state-duma"],
    label: "First Deputy Chairman of the State Duma",
  },
  {
    pattern: `заместител${E} председател${E} (?:государственно${E} думы|госдумы|гд)|вице-спикер${E}(?: госдумы)?`,
    posts: ["deputy-chairman-of-the-state-duma"],
    label: "Deputy Chairman of the State Duma",
  },
  {
    pattern:
      `председател${E} (?:государственно${E} думы|госдумы|гд)(?: рф| россии)?|спикер${E} (?:госдумы|` +
      `государственно${E} думы|нижне${E} палат${E})`,
    posts: [DUMA],
    label: "Chairman of the State Duma",
  },
  {
    pattern: `председател${E} совета федерации|спикер${E} совфеда|спикер${E} совета федерации`,
    posts: ["chair-of-the-federation-council"],
    label: "Chair of the Federation Council",
  },
  {
    pattern: `заместител${E} председател${E} национальн${E} собрани${E}(?: вьетнама| срв)?`,
    posts: [
      "vice-chairman-of-the-national-assembly-of-vietnam",
      "permanent-vice-chairman-of-the-national-assembly-of-vietnam",
    ],
    label: "Vice Chairman of the National Assembly",
  },
  {
    pattern:
      `председател${E} национальн${E} собрани${E}(?: вьетнама| срв|` +
      ` социалистическо${E} республик${E} вьетнам)?|председател${E} нс(?: срв| вьетнама)?`,
    posts: [NA_VN],
    label: "Chairman of the National Assembly",
  },
  {
    pattern:
      `генеральн${E} секретар${E}(?: цк| центрального комитета)?(?: кпв|` +
      ` коммунистическо${E} партии вьетнама)?|генсек${E}(?: цк)?(?: кпв)?`,
    posts: [GS],
    label: "General Secretary",
  },
  { pattern: `вице-президент${E}(?: вьетнама| срв)?`, posts: ["vice-president-of-vietnam"], label: "Vice President" },
  {
    pattern: `президент${E} (?:вьетнама|срв|социалистическо${E} республик${E} вьетнам)`,
    posts: [PRES_VN],
    label: "State President",
  },
  {
    pattern: `президент${E} (?:россии|рф|российско${E} федерации)|российск${E} лидер${E}`,
    posts: [PRES_RU],
    label: "President of Russia",
  },
  { pattern: `президент${E}|глав${E} государства`, posts: [PRES_VN, PRES_RU], label: "President" },
  {
    pattern: `вице-премьер${E}|заместител${E} председател${E} правительства(?: рф| россии)?`,
    posts: ["deputy-prime-minister-of-vietnam", "deputy-prime-minister-of-russia"],
    label: "Deputy Prime Minister",
  },
  {
    pattern: `председател${E} правительства(?: рф| россии)?|премьер-министр${E} (?:россии|рф)`,
    posts: [PM_RU],
    label: "Prime Minister of Russia",
  },
  { pattern: `премьер-министр${E} (?:вьетнама|срв)`, posts: [PM_VN], label: "Prime Minister of Vietnam" },
  { pattern: `премьер-министр${E}|премьер${E}`, posts: [PM_VN, PM_RU], label: "Prime Minister" },
  {
    pattern: `министр${E} общественно${E} безопасности(?: вьетнама| срв)?`,
    posts: ["minister-of-public-security-of-vietnam"],
    label: "Minister of Public Security",
  },
  {
    pattern: `(?:посол|посл(?:ом|а|у|е))(?: вьетнама| срв| россии| рф)?(?: (?:в|во) (?:россии|рф|вьетнаме|срв))?`,
    posts: ["russian-ambassador-to-vietnam", "vietnamese-ambassador-to-russia"],
    label: "Ambassador",
  },
  {
    pattern:
      `(?:заместител${E} )?министр${E}(?: [а-я]+(?: [а-я]+)?)?|замминистр${E}(?: [а-я]+(?: [а-я]+)?)?|` +
      `губернатор${E}(?: [а-я]+ [а-я]+)?|глав${E} (?:мид|минобороны)|генерал-полковник${E}|` +
      `генерал${E} арми${E}|генерал${E}`,
    posts: [],
    label: "Minister",
  },
];
