import { describe, expect, test } from "vitest";
import { dataset } from "../../src/dataset.js";
import { dateBounds } from "../../src/dates/dateBounds.js";
import { termSpan } from "../../src/dates/termSpan.js";
import { forEachFreeText } from "../../src/model/forEachFreeText.js";
import { citationListsOf } from "../../src/model/walkRecord.js";
import { recordKinds } from "../../src/schema/Dataset.js";
import { eventKinds } from "../../src/schema/vocabularies.js";

const CYRILLIC = /\p{Script=Cyrillic}/u;
const VIETNAMESE_MARKS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;

describe("data quality", () => {
  test("a term begun as acting or in charge of the work cites a source that uses that word, and only acting is acting", () => {
    const sources = new Map(dataset.sources.map((s) => [s.id, s]));
    const words = {
      acting: /\bacting\b|\bquyền\b|исполняющ/iu,
      "took-charge": /in charge|preside|caretaker|điều hành/iu,
    };
    for (const m of dataset.memberships) {
      const how = m.startHow;
      if (how !== "acting" && how !== "took-charge") {
        expect(m.acting, m.id).toBe(false);
        continue;
      }
      expect(m.acting, m.id).toBe(how === "acting");
      const said = m.citations.some((c) =>
        [c.fragment, sources.get(c.source)?.title].some((text) => text !== undefined && words[how].test(text)),
      );
      expect(said, `${m.id}: no cited title or fragment says "${how}"`).toBe(true);
    }
  });

  test("free texts refer to other records by link, never by an id written in prose", () => {
    const ids = new Set(recordKinds.flatMap((kind) => dataset[kind].map((r) => r.id)));
    const inProse: string[] = [];
    for (const kind of recordKinds)
      for (const record of dataset[kind])
        forEachFreeText(record, (text) => {
          const prose = text.replace(/\[[^\]]*\]\([a-z0-9-]+\)/gu, "");
          for (const word of prose.match(/[a-z0-9]+(?:-[a-z0-9]+)+/gu) ?? [])
            if (ids.has(word)) inProse.push(`${record.id}: ${word}`);
        });
    expect(inProse).toEqual([]);
  });

  test("every person whose native-script name a source gives has it as their native name", () => {
    for (const person of dataset.people) {
      const nativeForms = person.otherNames.filter(
        (n) => (n.lang === "ru" && CYRILLIC.test(n.name)) || (n.lang === "vi" && VIETNAMESE_MARKS.test(n.name)),
      );
      const nativeLang = person.nationality.includes("vn") ? "vi" : person.nationality.includes("ru") ? "ru" : null;
      if (nativeForms.some((n) => n.lang === nativeLang)) expect(person.nativeName, person.id).toBeDefined();
    }
  });

  test("every Vietnamese person's native name is written with diacritics and every Russian one in Cyrillic", () => {
    for (const person of dataset.people) {
      if (!person.nativeName) continue;
      if (person.nativeName.lang === "vi") expect(VIETNAMESE_MARKS.test(person.nativeName.name), person.id).toBe(true);
      if (person.nativeName.lang === "ru") expect(CYRILLIC.test(person.nativeName.name), person.id).toBe(true);
    }
  });

  test("every Vietnamese leader who takes part in an event has a native-script name", () => {
    const participants = new Set(dataset.events.flatMap((e) => e.participants.map((p) => p.person)));
    const missing = dataset.people
      .filter((p) => p.nationality.includes("vn") && participants.has(p.id) && !p.nativeName)
      .map((p) => p.id);
    expect(missing).toEqual([]);
  });

  test("every event has a date", () => {
    expect(dataset.events.filter((e) => !dateBounds(e.date)).map((e) => e.id)).toEqual([]);
  });

  test("every event that happens somewhere has a place, or says explicitly that no source names one", () => {
    const missing = dataset.events.filter((e) => eventKinds[e.kind].hasPlace && e.place === undefined).map((e) => e.id);
    expect(missing).toEqual([]);
  });

  test("every single-holder post used as a participant's post in 2023–2025 has its holders recorded without gaps over those years", () => {
    const from = "2023-01-01";
    const until = "2025-12-31";
    const used = new Set<string>();
    for (const event of dataset.events) {
      const b = dateBounds(event.date);
      if (!b?.earliest || !b.latest || b.latest < from || b.earliest > until) continue;
      for (const p of event.participants) for (const post of p.posts) used.add(post);
    }
    const gaps: string[] = [];
    const posts = dataset.posts.filter((p) => p.singleHolder && used.has(p.id));
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) {
      const spans = dataset.memberships
        .filter((m) => m.post === post.id)
        .map((m) => {
          const span = termSpan(m);
          return { from: span.documentedFrom ?? "9999-12-31", until: span.possibleUntil };
        })
        .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
      let coveredTo = from;
      let first = true;
      for (const s of spans) {
        if (s.until < coveredTo) continue;
        const allowed = first ? from : nextDay(coveredTo);
        if (s.from > allowed)
          gaps.push(`${post.id}: no holder recorded from ${first ? from : nextDay(coveredTo)} to ${s.from}`);
        first = false;
        if (s.until > coveredTo) coveredTo = s.until;
        if (coveredTo >= until) break;
      }
      if (first) gaps.push(`${post.id}: no holder recorded at all`);
      else if (coveredTo < until) gaps.push(`${post.id}: no holder recorded after ${coveredTo}`);
    }
    expect(gaps).toEqual([]);
  });

  test("the presidency of Vietnam passes from Võ Văn Thưởng to acting Võ Thị Ánh Xuân, Tô Lâm and Lương Cường", () => {
    const holders = dataset.memberships
      .filter((m) => m.post === "president-of-vietnam")
      .filter((m) => (m.end ?? "9999") >= "2023")
      .sort((a, b) => ((a.start ?? a.firstSeen ?? "") < (b.start ?? b.firstSeen ?? "") ? -1 : 1))
      .map((m) => `${dataset.people.find((p) => p.id === m.person)?.nativeName?.name}${m.acting ? " (acting)" : ""}`);
    expect(holders.slice(-4)).toEqual(["Võ Văn Thưởng", "Võ Thị Ánh Xuân (acting)", "Tô Lâm", "Lương Cường"]);
  });
});

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe("source quality", () => {
  const weak = new Set(dataset.sources.filter((s) => s.quality === "weak").map((s) => s.id));

  test("every source the review found weak is marked weak", () => {
    const named = [
      "vpimport-48e299941", // flash.vpimport.com: a scraped copy with spam in its text
      "iwiki-vo-van-thuong", // an unattributed Wikipedia mirror
      "azvision-47710",
      "freenews-volodin",
      "news4u-volodin",
    ];
    expect(named.filter((id) => !weak.has(id))).toEqual([]);
  });

  test("only facts that no reliable stored report gives rest on weak sources alone", () => {
    const weakOnly: string[] = [];
    for (const kind of recordKinds) {
      for (const record of dataset[kind]) {
        for (const list of citationListsOf(kind, record as never)) {
          if (list.citations.length > 0 && list.citations.every((c) => weak.has(c.source)))
            weakOnly.push(`${record.id} ${list.path.join(".")}`);
        }
      }
    }
    // Searched for and not found in a reliable report: Volodin's birth date, the short English names of the two
    // parliament offices, Naryshkin's name form in AzVision, Thưởng's name with diacritics; Putin's April 2016
    // congratulations to Quang (a copy of TASS) and Medvedev's August 2024 ones to Tô Lâm (a copy of Parlamentskaya
    // Gazeta), Lê Văn Thành's name with diacritics, and the weak source behind a deprecated version of a date.
    expect(weakOnly.sort()).toEqual([
      "2016-04-02-putin-congratulates-quang citations",
      "2016-04-02-putin-congratulates-quang participants.0.citations",
      "2016-04-02-putin-congratulates-quang participants.1.citations",
      "2024-08-05-medvedev-congratulates-to-lam citations",
      "2024-08-05-medvedev-congratulates-to-lam participants.0.citations",
      "2024-08-05-medvedev-congratulates-to-lam participants.1.citations",
      "le-van-thanh nativeName.citations",
      "office-of-the-national-assembly otherNames.0.citations",
      "r1-phuc-visit-2016-month versions.1.citations",
      "sergey-naryshkin otherNames.0.citations",
      "state-duma-office otherNames.0.citations",
      "vo-van-thuong nativeName.citations",
      "vyacheslav-volodin birth.citations",
    ]);
  });
});
