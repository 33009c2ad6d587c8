import type { Draft } from "../src/draft/Draft.js";
import { foldChars } from "../src/draft/foldChars.js";

/** An article's expected result (eval/articles/README.md). */
export interface Expected {
  input: { language?: string; published: string; url?: string; publisher?: string };
  people: string[];
  postsHeld: { person: string; post: string }[];
  main: { date: string; match: string | null; conflicts: string[] };
  newPeople: string[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** How one draft compares with its expected result. */
export interface Score {
  people: Counts;
  posts: Counts;
  newPeople: Counts;
  conflicts: Counts;
  dateExact: boolean;
  matchRight: boolean;
  fragments: { verbatim: number; total: number };
  misses: string[];
}

const count = (got: Set<string>, want: Set<string>): Counts => ({
  tp: [...got].filter((x) => want.has(x)).length,
  fp: [...got].filter((x) => !want.has(x)).length,
  fn: [...want].filter((x) => !got.has(x)).length,
});

/** The people and posts a draft says the article names: person mentions, title holders, titles beside names. */
export function readOff(draft: Draft): { people: Set<string>; posts: Set<string> } {
  const people = new Set<string>();
  const posts = new Set<string>();
  const ms = draft.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (m.kind === "person" && m.id && !draft.people.some((p) => p.id === m.id)) people.add(m.id);
    if (m.kind === "post" && m.holder) {
      people.add(m.holder);
      posts.add(`${m.holder} ${m.id}`);
    }
  }
  for (const e of draft.events.filter((x) => x.role === "main"))
    for (const p of e.record.participants)
      if (!draft.people.some((n) => n.id === p.person)) for (const post of p.posts) posts.add(`${p.person} ${post}`);
  return { people, posts };
}

/** Every citation fragment a draft holds for its own source, with whether it is verbatim in the text. */
function fragmentsOf(draft: Draft): { verbatim: number; total: number } {
  let verbatim = 0;
  let total = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      const v = value as Record<string, unknown>;
      if (v.source === draft.source.id && typeof v.fragment === "string") {
        total++;
        if (draft.text.includes(v.fragment)) verbatim++;
      }
      Object.values(v).forEach(visit);
    }
  };
  visit({
    events: draft.events,
    people: draft.people,
    documents: draft.documents,
    statements: draft.statements,
    disagreements: draft.disagreements,
  });
  return { verbatim, total };
}

/** Scores one draft against its expected result. */
export function scoreDraft(draft: Draft, expected: Expected): Score {
  const got = readOff(draft);
  const wantPosts = new Set(expected.postsHeld.map((p) => `${p.person} ${p.post}`));
  const main = draft.events[0];
  const newGot = new Set(draft.people.map((p) => foldChars(p.nativeName?.name ?? p.name)));
  const newWant = new Set(expected.newPeople.map(foldChars));
  const conflictsGot = new Set(main?.conflicts.map((c) => c.path) ?? []);
  const score: Score = {
    people: count(got.people, new Set(expected.people)),
    posts: count(got.posts, wantPosts),
    newPeople: count(newGot, newWant),
    conflicts: count(conflictsGot, new Set(expected.main.conflicts)),
    dateExact: main?.record.date === expected.main.date,
    matchRight: (main?.match ?? null) === expected.main.match,
    fragments: fragmentsOf(draft),
    misses: [],
  };
  const miss = (what: string, gotList: Iterable<string>, wantList: Iterable<string>) => {
    const g = new Set(gotList);
    const w = new Set(wantList);
    const extra = [...g].filter((x) => !w.has(x));
    const missing = [...w].filter((x) => !g.has(x));
    if (extra.length || missing.length)
      score.misses.push(
        `${what}:${missing.length ? ` missing ${missing.join(", ")}` : ""}${extra.length ? ` extra ${extra.join(", ")}` : ""}`,
      );
  };
  miss("people", got.people, expected.people);
  miss("posts", got.posts, wantPosts);
  miss("new people", newGot, newWant);
  if (!score.dateExact) score.misses.push(`date ${main?.record.date} (expected ${expected.main.date})`);
  if (!score.matchRight) score.misses.push(`match ${main?.match} (expected ${expected.main.match})`);
  miss("conflicts", conflictsGot, expected.main.conflicts);
  return score;
}
