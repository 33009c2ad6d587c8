import { describe, expect, test } from "vitest";
import { dateBounds } from "../../src/dates/dateBounds.js";
import { validateDataset } from "../../src/validate/validateDataset.js";
import { validationRules } from "../../src/validate/validationRules.js";
import { breakCopy, copyDataset, pick, texts, textsAvailable } from "./helpers.js";

const covered = new Set<string>();

/** Asserts the result has exactly the expected issues (code, path, id), and nothing else. */
function expectOnly(
  result: ReturnType<typeof breakCopy>,
  expected: { code: string; path: string; id: string | null }[],
) {
  expect(result.ok).toBe(false);
  expect(result.issues.map(({ code, path, id }) => ({ code, path, id }))).toEqual(expected);
  for (const e of expected) covered.add(e.code);
}

describe("each validation rule catches a dataset broken in exactly that way", () => {
  test("shape.not-object: the input is not an object", () => {
    const result = validateDataset([1, 2]);
    expect(result.issues).toEqual([expect.objectContaining({ code: "shape.not-object", path: "$", id: null })]);
    covered.add("shape.not-object");
  });

  test("shape.unreadable: an input that throws when read is reported, not thrown", () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    const result = validateDataset(hostile);
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: "shape.unreadable", path: "$" });
    covered.add("shape.unreadable");
  });

  test("shape.type: a title that is a number", () => {
    const data = copyDataset();
    const { index, item } = pick(data.events, () => true, "event");
    expectOnly(
      breakCopy((d) => ((d.events[index] as unknown as { title: number }).title = 5)),
      [{ code: "shape.type", path: `$.events[${index}].title`, id: item.id }],
    );
  });

  test("shape.missing: an event without a summary", () => {
    const { index, item } = pick(copyDataset().events, () => true, "event");
    expectOnly(
      breakCopy((d) => delete (d.events[index] as Partial<(typeof d.events)[number]>).summary),
      [{ code: "shape.missing", path: `$.events[${index}].summary`, id: item.id }],
    );
  });

  test("shape.unknown-key: a misspelt field", () => {
    const { index, item } = pick(copyDataset().people, () => true, "person");
    expectOnly(
      breakCopy((d) => Object.assign(d.people[index]!, { nationalty: ["vn"] })),
      [{ code: "shape.unknown-key", path: `$.people[${index}]`, id: item.id }],
    );
  });

  test("shape.enum: an event kind outside the controlled list", () => {
    const { index, item } = pick(copyDataset().events, () => true, "event");
    expectOnly(
      breakCopy((d) => ((d.events[index] as unknown as { kind: string }).kind = "party")),
      [{ code: "shape.enum", path: `$.events[${index}].kind`, id: item.id }],
    );
  });

  test("shape.format: a date that is not EDTF", () => {
    const { index, item } = pick(copyDataset().events, () => true, "event");
    expectOnly(
      breakCopy((d) => (d.events[index]!.date = "16/10/2023")),
      [{ code: "shape.format", path: `$.events[${index}].date`, id: item.id }],
    );
  });

  test("shape.size: a disagreement with one version", () => {
    const { index, item } = pick(copyDataset().disagreements, () => true, "disagreement");
    expectOnly(
      breakCopy((d) => d.disagreements[index]!.versions.splice(1)),
      [{ code: "shape.size", path: `$.disagreements[${index}].versions`, id: item.id }],
    );
  });

  test("ref.duplicate-id: two people with one id", () => {
    const data = copyDataset();
    const person = data.people[0]!;
    const clashing = data.places.length;
    expectOnly(
      breakCopy((d) =>
        d.places.push({
          id: person.id,
          name: "Duplicate",
          kind: "city",
          country: d.countries[0]!.id,
          otherNames: [],
          citations: [],
        }),
      ),
      [{ code: "ref.duplicate-id", path: `$.places[${clashing}].id`, id: person.id }],
    );
  });

  test("ref.unknown: an event in a place that does not exist", () => {
    const { index, item } = pick(copyDataset().events, (e) => e.place !== undefined, "event with a place");
    const others = copyDataset().events.filter((e) => e.place === item.place).length;
    const result = breakCopy((d) => (d.events[index]!.place = "atlantis"));
    const expected = [{ code: "ref.unknown", path: `$.events[${index}].place`, id: item.id }];
    if (others === 1)
      expected.push({
        code: "ref.orphan",
        path: `$.places[${copyDataset().places.findIndex((p) => p.id === item.place)}]`,
        id: item.place!,
      });
    expectOnly(result, expected);
  });

  test("ref.unknown: a disagreement about a record that does not exist", () => {
    const { index, item } = pick(copyDataset().disagreements, (d) => d.targets.length === 1, "one-target disagreement");
    expectOnly(
      breakCopy((d) => (d.disagreements[index]!.targets[0]!.record = "atlantis")),
      [{ code: "ref.unknown", path: `$.disagreements[${index}].targets[0].record`, id: item.id }],
    );
  });

  test("ref.unknown-field: a disagreement about a field its record's kind does not have", () => {
    const data = copyDataset();
    const { index, item } = pick(
      data.disagreements,
      (d) => d.targets.length === 1 && data.events.some((e) => e.id === d.targets[0]!.record),
      "disagreement about one event",
    );
    expectOnly(
      breakCopy((d) => (d.disagreements[index]!.targets[0]!.path = "birth")),
      [{ code: "ref.unknown-field", path: `$.disagreements[${index}].targets[0].path`, id: item.id }],
    );
    expectOnly(
      breakCopy((d) => (d.disagreements[index]!.targets[0]!.path = "participants.nickname")),
      [{ code: "ref.unknown-field", path: `$.disagreements[${index}].targets[0].path`, id: item.id }],
    );
    expect(breakCopy((d) => (d.disagreements[index]!.targets[0]!.path = "participants.posts")).ok).toBe(true);
  });

  test("ref.unknown-link: a summary links to a record that does not exist, while a link to a disagreement is fine", () => {
    const data = copyDataset();
    const { index, item } = pick(data.events, (e) => !e.summary.includes("]("), "event with a plain summary");
    const disagreement = data.disagreements[0]!.id;
    expectOnly(
      breakCopy((d) => (d.events[index]!.summary += " See [the other visit](atlantis-visit).")),
      [{ code: "ref.unknown-link", path: `$.events[${index}].summary`, id: item.id }],
    );
    expect(breakCopy((d) => (d.events[index]!.summary += ` See [it](${disagreement}).`)).ok).toBe(true);
    expectOnly(
      breakCopy((d) => (d.events[index]!.citations[0]!.note = "Names [someone](nobody-at-all).")),
      [{ code: "ref.unknown-link", path: `$.events[${index}].citations[0].note`, id: item.id }],
    );
  });

  test("ref.translation-unmatched: a translation of a text the record lacks, or a version count that differs", () => {
    const data = copyDataset();
    const { index, item } = pick(data.organizations, (o) => o.summary === undefined, "organization without summary");
    expectOnly(
      breakCopy((d) => {
        d.organizations[index]!.translations = { vi: { name: "Tổ chức", summary: "Một tổ chức." } };
      }),
      [{ code: "ref.translation-unmatched", path: `$.organizations[${index}].translations.vi.summary`, id: item.id }],
    );
    const disagreement = data.disagreements[0]!;
    expectOnly(
      breakCopy((d) => {
        d.disagreements[0]!.translations = {
          ru: { question: "Вопрос?", reason: "Причина.", versions: [{ value: "одна версия" }] },
        };
      }),
      [{ code: "ref.translation-unmatched", path: "$.disagreements[0].translations.ru.versions", id: disagreement.id }],
    );
  });

  test("ref.unknown-link in a translation: a translated summary's link must name a record too", () => {
    const data = copyDataset();
    const { index, item } = pick(data.statements, () => true, "statement");
    expectOnly(
      breakCopy((d) => {
        d.statements[index]!.translations = { ru: { summary: "См. [визит](no-such-visit)." } };
      }),
      [{ code: "ref.unknown-link", path: `$.statements[${index}].translations.ru.summary`, id: item.id }],
    );
  });

  test("ref.redirect-duplicate, ref.redirect-live and ref.unknown: redirects are unique, never shadow, and lead somewhere", () => {
    const data = copyDataset();
    const live = data.events[0]!.id;
    const n = data.redirects.length;
    expectOnly(
      breakCopy((d) => d.redirects.push({ from: "old-name", to: live }, { from: "old-name", to: live })),
      [{ code: "ref.redirect-duplicate", path: `$.redirects[${n + 1}].from`, id: "old-name" }],
    );
    expectOnly(
      breakCopy((d) => d.redirects.push({ from: live, to: data.events[1]!.id })),
      [{ code: "ref.redirect-live", path: `$.redirects[${n}].from`, id: live }],
    );
    expectOnly(
      breakCopy((d) => d.redirects.push({ from: "old-name", to: "nowhere-at-all" })),
      [{ code: "ref.unknown", path: `$.redirects[${n}].to`, id: "old-name" }],
    );
    expect(breakCopy((d) => d.redirects.push({ from: "old-name", to: live })).ok).toBe(true);
  });

  test("ref.wrong-kind: a participant who is a place", () => {
    const { index, item } = pick(copyDataset().events, (e) => e.participants.length > 0, "event with participants");
    const result = breakCopy((d) => {
      d.events[index]!.participants[0]!.person = d.places[0]!.id;
      d.events[index]!.participants[0]!.posts = [];
    });
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "ref.wrong-kind",
        path: `$.events[${index}].participants[0].person`,
        id: item.id,
      }),
    );
    covered.add("ref.wrong-kind");
  });

  test("ref.cycle: a topic that is its own parent", () => {
    const { index, item } = pick(copyDataset().topics, (t) => t.parent === undefined, "top-level topic");
    expectOnly(
      breakCopy((d) => (d.topics[index]!.parent = item.id)),
      [{ code: "ref.cycle", path: `$.topics[${index}].parent`, id: item.id }],
    );
  });

  test("ref.orphan: a topic nothing uses", () => {
    const at = copyDataset().topics.length;
    expectOnly(
      breakCopy((d) => d.topics.push({ id: "unused-topic", label: "Unused", aliases: [] })),
      [{ code: "ref.orphan", path: `$.topics[${at}]`, id: "unused-topic" }],
    );
  });

  test("ref.name-clash: two people sharing a name without a note", () => {
    const data = copyDataset();
    const a = pick(data.people, (p) => !p.disambiguation, "person without a disambiguation note");
    const b = pick(data.people, (p, i) => i !== a.index && !p.disambiguation, "second person without a note");
    const result = breakCopy((d) =>
      d.people[b.index]!.otherNames.push({
        name: a.item.name,
        lang: "en",
        kind: "spelling",
        citations: d.people[b.index]!.otherNames[0]?.citations ?? [{ source: d.sources[0]!.id }],
      }),
    );
    expect(
      result.issues
        .filter((i) => i.code === "ref.name-clash")
        .map((i) => i.id)
        .sort(),
    ).toEqual([a.item.id, b.item.id].sort());
    covered.add("ref.name-clash");
  });

  test("time.range: a term that ends before it starts", () => {
    const data = copyDataset();
    const shown = (m: (typeof data.memberships)[number]) =>
      data.events.some((e) => e.participants.some((p) => p.person === m.person && p.posts.includes(m.post)));
    const { index, item } = pick(
      data.memberships,
      (m) => m.start !== undefined && m.end !== undefined && !shown(m),
      "membership with start and end that no participation relies on",
    );
    expectOnly(
      breakCopy((d) => (d.memberships[index]!.end = "1900")),
      [{ code: "time.range", path: `$.memberships[${index}].end`, id: item.id }],
    );
  });

  test("time.overlap: two full terms in a single-holder post at once", () => {
    const data = copyDataset();
    const single = new Set(data.posts.filter((p) => p.singleHolder).map((p) => p.id));
    const { item } = pick(
      data.memberships,
      (m) =>
        single.has(m.post) &&
        !m.acting &&
        m.start !== undefined &&
        m.end !== undefined &&
        dateBounds(m.start)!.precision === "day",
      "closed single-holder term",
    );
    const at = data.memberships.length;
    expectOnly(
      breakCopy((d) => d.memberships.push({ ...structuredClone(item), id: "overlapping-term" })),
      [{ code: "time.overlap", path: `$.memberships[${at}]`, id: "overlapping-term" }],
    );
  });

  test("time.post-not-held: a participant listed in a post they never held", () => {
    const data = copyDataset();
    const { index, item } = pick(
      data.events,
      (e) => e.participants.some((p) => p.posts.length > 0),
      "event with a participant's post",
    );
    const p = item.participants.findIndex((x) => x.posts.length > 0);
    const person = item.participants[p]!.person;
    const held = new Set(data.memberships.filter((m) => m.person === person).map((m) => m.post));
    const other = pick(data.posts, (post) => !held.has(post.id), "post the participant never held").item;
    expectOnly(
      breakCopy((d) => (d.events[index]!.participants[p]!.posts = [other.id])),
      [{ code: "time.post-not-held", path: `$.events[${index}].participants[${p}].posts[0]`, id: item.id }],
    );
  });

  test("time.post-not-held: each of several posts is checked, and only the one never held is reported", () => {
    const data = copyDataset();
    const { index, item } = pick(
      data.events,
      (e) => e.participants.some((p) => p.posts.length === 1),
      "event with a participant holding one post",
    );
    const p = item.participants.findIndex((x) => x.posts.length === 1);
    const person = item.participants[p]!.person;
    const held = new Set(data.memberships.filter((m) => m.person === person).map((m) => m.post));
    const other = pick(data.posts, (post) => !held.has(post.id), "post the participant never held").item;
    expectOnly(
      breakCopy((d) => d.events[index]!.participants[p]!.posts.push(other.id)),
      [{ code: "time.post-not-held", path: `$.events[${index}].participants[${p}].posts[1]`, id: item.id }],
    );
  });

  test("time.child-outside-parent: a meeting dated a year after its visit", () => {
    const data = copyDataset();
    const { index, item } = pick(
      data.events,
      (e) =>
        e.parent !== undefined &&
        !data.events.some((c) => c.parent === e.id) &&
        !data.documents.some((doc) => doc.event === e.id) &&
        e.participants.every((p) => p.posts.length === 0),
      "child event without children, documents or posts",
    );
    expectOnly(
      breakCopy((d) => (d.events[index]!.date = `${Number(item.date.slice(0, 4)) - 1}`)),
      [{ code: "time.child-outside-parent", path: `$.events[${index}].date`, id: item.id }],
    );
  });

  test("time.document-outside-event: a document dated long before the event where it was signed", () => {
    const { index, item } = pick(
      copyDataset().documents,
      (doc) => doc.event !== undefined && doc.date !== undefined,
      "document with an event and a date",
    );
    expectOnly(
      breakCopy((d) => (d.documents[index]!.date = "1901")),
      [{ code: "time.document-outside-event", path: `$.documents[${index}].date`, id: item.id }],
    );
  });

  test("time.sequence-order: two sessions of one committee with the same number", () => {
    const data = copyDataset();
    const sessions = data.events
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => e.series !== undefined && e.sequence !== undefined)
      .sort((a, b) => a.e.sequence! - b.e.sequence!);
    expect(sessions.length).toBeGreaterThanOrEqual(2);
    const [first, second] = sessions as [(typeof sessions)[number], (typeof sessions)[number]];
    expectOnly(
      breakCopy((d) => (d.events[second.i]!.sequence = first.e.sequence)),
      [{ code: "time.sequence-order", path: `$.events[${second.i}].sequence`, id: second.e.id }],
    );
  });

  test("time.unsupported-status: an event said to have taken place, backed only by a source with no known date", () => {
    const data = copyDataset();
    const undated = pick(
      data.sources,
      (s) => s.published === null || dateBounds(s.published)?.earliest === null,
      "source with no known publication date",
    ).item;
    const { index, item } = pick(
      data.events,
      (e) => e.status === "took-place" && !e.citations.some((c) => c.source === undated.id),
      "event that took place",
    );
    const orphaned = new Set(item.citations.map((c) => c.source));
    const result = breakCopy((d) => (d.events[index]!.citations = [{ source: undated.id }]));
    expect(
      result.issues
        .filter((i) => i.code !== "ref.orphan" || !orphaned.has(i.id!))
        .map(({ code, path, id }) => ({ code, path, id })),
    ).toEqual([{ code: "time.unsupported-status", path: `$.events[${index}].status`, id: item.id }]);
    covered.add("time.unsupported-status");
  });

  test("provenance.uncited: a term of office with no citation", () => {
    const data = copyDataset();
    const { index, item } = pick(
      data.memberships,
      (m) =>
        m.citations.every(
          (c) =>
            data.memberships.some((o) => o.id !== m.id && o.citations.some((x) => x.source === c.source)) ||
            data.events.some((e) => e.citations.some((x) => x.source === c.source)),
        ),
      "membership whose sources are cited elsewhere",
    );
    expectOnly(
      breakCopy((d) => (d.memberships[index]!.citations = [])),
      [{ code: "provenance.uncited", path: `$.memberships[${index}].citations`, id: item.id }],
    );
  });

  test.skipIf(!textsAvailable)("provenance.fragment-not-found: a fragment that is not in the article", () => {
    const data = copyDataset();
    const held = new Set(data.sources.filter((s) => texts.has(s.id)).map((s) => s.id));
    const { index, item } = pick(
      data.events,
      (e) => e.citations.some((c) => held.has(c.source) && c.fragment !== undefined),
      "event citing a held text with a fragment",
    );
    const c = item.citations.findIndex((x) => held.has(x.source) && x.fragment !== undefined);
    expectOnly(
      breakCopy((d) => (d.events[index]!.citations[c]!.fragment = "words that never appear there")),
      [{ code: "provenance.fragment-not-found", path: `$.events[${index}].citations[${c}].fragment`, id: item.id }],
    );
  });

  test.skipIf(!textsAvailable)(
    "provenance.paragraph-out-of-range: a paragraph number past the end of the article",
    () => {
      const data = copyDataset();
      const held = new Set(data.sources.filter((s) => texts.has(s.id)).map((s) => s.id));
      const { index, item } = pick(
        data.events,
        (e) => e.citations.some((c) => held.has(c.source) && c.paragraph !== undefined),
        "event citing a paragraph of a held text",
      );
      const c = item.citations.findIndex((x) => held.has(x.source) && x.paragraph !== undefined);
      expectOnly(
        breakCopy((d) => (d.events[index]!.citations[c]!.paragraph = 9999)),
        [
          {
            code: "provenance.paragraph-out-of-range",
            path: `$.events[${index}].citations[${c}].paragraph`,
            id: item.id,
          },
        ],
      );
    },
  );

  test("every rule the validator documents has a breaking test above", () => {
    const needText = textsAvailable ? [] : ["provenance.fragment-not-found", "provenance.paragraph-out-of-range"];
    const missing = validationRules.map((r) => r.code).filter((code) => !covered.has(code) && !needText.includes(code));
    expect(missing).toEqual([]);
  });
});

describe("the rules' descriptions", () => {
  test("say what each rule requires in English, Vietnamese and Russian, each in its own words", () => {
    for (const rule of validationRules) {
      const { en, vi, ru } = rule.description;
      for (const text of [en, vi, ru]) expect(text.trim().length, rule.code).toBeGreaterThan(10);
      expect(new Set([en, vi, ru]).size, rule.code).toBe(3);
      expect(ru, rule.code).toMatch(/[а-яё]/iu);
      expect(vi, rule.code).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu);
    }
  });
});
