// Checks the labelled article set against the shipped record: file pairs, text shape, ids, EDTF dates and the set's mix.
// Usage (from packages/core): node eval/articles/check.mjs — prints one line per problem and exits 1 if there is any.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import edtf from "edtf";

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, "..", "..", "data");
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
const idsOf = (file) => new Set(readJson(join(dataDir, file)).map((record) => record.id));

const people = idsOf("people.json");
const posts = idsOf("posts.json");
const events = idsOf("events.json");
const memberships = readJson(join(dataDir, "memberships.json"));

const LANGUAGES = ["en", "vi", "ru"];
const CONFLICT_FIELDS = ["date", "place", "kind", "status", "participants", "series", "sequence"];
const NAME = /^(en|vi|ru)-\d{2}-[a-z0-9-]+$/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/u;

const problems = [];
const problem = (name, message) => problems.push(`${name}: ${message}`);

/** True when the text is an EDTF level 0/1 date or interval without a time of day. */
function isEdtf(text) {
  if (typeof text !== "string" || /[T:]/u.test(text)) return false;
  try {
    edtf(text, { level: 1 });
    return true;
  } catch {
    return false;
  }
}

/** The first and last day a plain EDTF date or interval can mean, as ISO strings (enough for the term check). */
function span(date) {
  const [from, to = from] = date.split("/");
  const first = from.length === 4 ? `${from}-01-01` : from.length === 7 ? `${from}-01` : from;
  const last = to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to;
  return [first, last];
}

/** Whether a recorded term of `person` in `post` rules the date out (it starts after it or ends before it). */
function termContradicts(person, post, date) {
  const terms = memberships.filter((m) => m.person === person && m.post === post);
  if (terms.length === 0) return false;
  const [first, last] = span(date);
  return terms.every((m) => (m.start && span(m.start)[0] > last) || (m.end && span(m.end)[1] < first));
}

function checkText(name, text) {
  if (text.includes("\r")) problem(name, "has carriage returns");
  if (/[ \t]$/mu.test(text)) problem(name, "has trailing spaces");
  const blocks = text.trimEnd().split(/\n\n/u);
  if (blocks.length < 3) problem(name, "needs a headline and at least two paragraphs separated by blank lines");
  if (blocks.some((block) => block.includes("\n"))) problem(name, "has a paragraph broken over several lines");
  const words = blocks.slice(1).join(" ").split(/\s+/u).filter(Boolean).length;
  if (words < 150 || words > 600) problem(name, `body has ${words} words, not 150–600`);
}

function checkExpected(name, expected) {
  const { input, main } = expected;
  if (!input || typeof input !== "object") return problem(name, "has no input");
  if (input.language !== undefined && !LANGUAGES.includes(input.language)) problem(name, `language ${input.language}`);
  if (input.language !== undefined && input.language !== name.slice(0, 2))
    problem(name, "language differs from its name");
  if (!DAY.test(input.published ?? "") || !isEdtf(input.published)) problem(name, `published ${input.published}`);
  if (input.url !== undefined && !input.url.startsWith("https://example.org/")) problem(name, `url ${input.url}`);
  if (!main || !isEdtf(main.date)) return problem(name, `main date ${main?.date}`);
  for (const id of expected.people ?? []) if (!people.has(id)) problem(name, `unknown person ${id}`);
  if (new Set(expected.people).size !== expected.people.length) problem(name, "repeats a person");
  for (const { person, post } of expected.postsHeld ?? []) {
    if (!expected.people.includes(person)) problem(name, `postsHeld person ${person} is not in people`);
    if (!posts.has(post)) problem(name, `unknown post ${post}`);
    else if (termContradicts(person, post, main.date))
      problem(name, `${person} holds no recorded ${post} on ${main.date}`);
  }
  if (main.match !== null && !events.has(main.match)) problem(name, `unknown event ${main.match}`);
  if (!Array.isArray(main.conflicts)) problem(name, "main.conflicts is not a list");
  else if (main.match === null && main.conflicts.length > 0) problem(name, "conflicts without a match");
  else
    for (const field of main.conflicts) if (!CONFLICT_FIELDS.includes(field)) problem(name, `conflict field ${field}`);
  if (!Array.isArray(expected.newPeople ?? [])) problem(name, "newPeople is not a list");
  if (typeof expected.note !== "string" || expected.note.length === 0 || expected.note.includes("\n")) {
    problem(name, "note must be one non-empty line");
  }
}

const files = readdirSync(here);
const names = files.filter((f) => f.endsWith(".txt")).map((f) => f.slice(0, -".txt".length));
for (const f of files.filter((f) => f.endsWith(".expected.json"))) {
  if (!names.includes(f.slice(0, -".expected.json".length))) problem(f, "has no article");
}

const tally = { en: 0, vi: 0, ru: 0, matched: 0, conflicts: 0, undetected: 0 };
for (const name of names.sort()) {
  if (!NAME.test(name)) problem(name, "name is not <lang>-<nn>-<slug>");
  if (!files.includes(`${name}.expected.json`)) {
    problem(name, "has no .expected.json");
    continue;
  }
  checkText(name, readFileSync(join(here, `${name}.txt`), "utf8"));
  const expected = readJson(join(here, `${name}.expected.json`));
  checkExpected(name, expected);
  tally[name.slice(0, 2)] += 1;
  if (expected.main?.match) tally.matched += 1;
  if (expected.main?.conflicts?.length) tally.conflicts += 1;
  if (expected.input?.language === undefined) tally.undetected += 1;
}

for (const lang of LANGUAGES) if (tally[lang] < 10) problem("set", `only ${tally[lang]} ${lang} articles`);
if (tally.conflicts < 4) problem("set", `only ${tally.conflicts} articles with a conflict`);

for (const line of problems) console.log(line);
console.log(
  `${names.length} articles (en ${tally.en}, vi ${tally.vi}, ru ${tally.ru}); ${tally.matched} matched, ` +
    `${names.length - tally.matched} unmatched, ${tally.conflicts} with conflicts, ${tally.undetected} without a language`,
);
process.exitCode = problems.length > 0 ? 1 : 0;
