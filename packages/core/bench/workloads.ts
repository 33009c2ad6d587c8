import { readFileSync } from "node:fs";
import Fuse from "fuse.js";
import {
  citationListsOf,
  createParley,
  createSearchIndex,
  dateBounds,
  fold,
  loadSearchIndex,
  recordKinds,
  termCovers,
  termSpan,
  toCsv,
  toICalendar,
  toJson,
  toJsonSchema,
  toPloverJsonl,
  toPopolo,
  validateDataset,
} from "../dist/index.js";
import type { Dataset, Parley, RecordKind, TimelineFilters } from "../dist/index.js";
import { createRandom } from "../dist/testing.js";
import { callDistribution, perCall, timeRuns } from "./measure.js";

/** One measured quantity at one size, with the baseline it is compared to and the target it must meet. */
export interface Measurement {
  /** Stable key, the same at every size. */
  id: string;
  group: string;
  label: string;
  value: number;
  unit: "ms" | "MB";
  baseline?: { label: string; value: number };
  /** The most the value may be at 100k events. */
  target?: number;
  note?: string;
}

const PREFIX_LENGTHS = [1, 2, 3, 4, 5, 6] as const;

type Record_ = { id: string };

/** Runs every timing at one size on the dataset stored in `file`, and returns the measurements. */
export function measureAll(file: string, size: number): Measurement[] {
  const out: Measurement[] = [];
  const big = size >= 100_000;
  const runs = big ? 3 : 5;
  const warmup = 1;
  const bytes = readFileSync(file, "utf8");
  const fresh = () => JSON.parse(bytes) as Dataset;
  const rng = createRandom(size);
  // Distinct items, drawn without replacement: a repeated argument would meet a memoized answer where the point
  // queries below mean to time unmemoized ones.
  const sample = <T>(items: readonly T[], n: number): T[] => {
    const pool = [...new Set(items)];
    const count = Math.min(n, pool.length);
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(rng.next() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, count);
  };

  // Validate and index build, against JSON.parse of the same bytes.
  const parse = timeRuns(() => JSON.parse(bytes), { runs, warmup, prepare: () => null, gc: true });
  const parseBase = { label: "JSON.parse of the same bytes", value: parse.ms };
  let validated = true;
  const validate = timeRuns(
    (input: unknown) => {
      const result = validateDataset(input);
      if (!result.ok) validated = false;
    },
    { runs, warmup, prepare: fresh, gc: true },
  );
  out.push({
    id: "validate",
    group: "Validate and build",
    label: "validateDataset (all four layers)",
    value: validate.ms,
    unit: "ms",
    baseline: parseBase,
    target: 1500,
    ...(validated ? {} : { note: "the generated dataset did not validate" }),
  });
  out.push({
    id: "validate-first",
    group: "Validate and build",
    label: "validateDataset, first run in a fresh process",
    value: validate.first,
    unit: "ms",
    baseline: parseBase,
  });
  const parseCpu = { label: "JSON.parse, CPU time", value: parse.cpuMs };
  const cpuNote = "all threads of the process; less affected by other load than wall time";
  out.push({
    id: "validate-cpu",
    group: "Validate and build",
    label: "validateDataset, CPU time",
    value: validate.cpuMs,
    unit: "ms",
    baseline: parseCpu,
    note: cpuNote,
  });
  // The same validation with every record's shape checked by zod alone (the path before the fast parser), for comparison.
  const validateZod = timeRuns((input: unknown) => validateDataset(input, { zodOnly: true }), {
    runs,
    warmup,
    prepare: fresh,
    gc: true,
  });
  const fastBase = { label: "validateDataset (fast shape check)", value: validate.ms };
  out.push({
    id: "validate-zod",
    group: "Validate and build",
    label: "validateDataset, shapes by zod alone",
    value: validateZod.ms,
    unit: "ms",
    baseline: fastBase,
    note: "timed after the fast runs, so the layers both share are already compiled: this favours it at small sizes",
  });
  out.push({
    id: "validate-zod-cpu",
    group: "Validate and build",
    label: "validateDataset, shapes by zod alone, CPU time",
    value: validateZod.cpuMs,
    unit: "ms",
    baseline: { label: "validateDataset, CPU time", value: validate.cpuMs },
    note: cpuNote,
  });
  const buildRuns = big ? 2 : runs;
  const parleyBuild = timeRuns((d: Dataset) => createParley(d), { runs: buildRuns, warmup, prepare: fresh, gc: true });
  out.push({
    id: "create-parley",
    group: "Validate and build",
    label: "createParley (index build)",
    value: parleyBuild.ms,
    unit: "ms",
    baseline: parseBase,
    target: 500,
  });
  out.push({
    id: "create-parley-cpu",
    group: "Validate and build",
    label: "createParley, CPU time",
    value: parleyBuild.cpuMs,
    unit: "ms",
    baseline: parseCpu,
    note: cpuNote,
  });

  // The search index: createSearchIndex builds the names part and defers titles and descriptions to the first search
  // that needs them or to warm(), so the whole build (what the target is about) is createSearchIndex + warm();
  // the two parts are timed on their own beside it.
  const data = fresh();
  const searchOptions = { runs: buildRuns, warmup, gc: true };
  const searchBuild = timeRuns((d: Dataset) => createSearchIndex(d).warm(), { ...searchOptions, prepare: () => data });
  const searchNames = timeRuns((d: Dataset) => createSearchIndex(d), { ...searchOptions, prepare: () => data });
  const searchWarm = timeRuns((index: ReturnType<typeof createSearchIndex>) => index.warm(), {
    ...searchOptions,
    prepare: () => createSearchIndex(data),
  });
  out.push({
    id: "create-search",
    group: "Validate and build",
    label: "createSearchIndex + warm() (the whole index build)",
    value: searchBuild.ms,
    unit: "ms",
    baseline: parseBase,
    target: 500,
    note: `names ${searchNames.ms.toFixed(1)} ms + titles and descriptions ${searchWarm.ms.toFixed(1)} ms, timed apart`,
  });
  out.push({
    id: "create-search-names",
    group: "Validate and build",
    label: "createSearchIndex alone (names; titles and descriptions deferred)",
    value: searchNames.ms,
    unit: "ms",
    baseline: parseBase,
  });
  out.push({
    id: "create-search-warm",
    group: "Validate and build",
    label: "warm() after createSearchIndex (titles and descriptions)",
    value: searchWarm.ms,
    unit: "ms",
    baseline: parseBase,
  });
  out.push({
    id: "create-search-cpu",
    group: "Validate and build",
    label: "createSearchIndex + warm(), CPU time",
    value: searchBuild.cpuMs,
    unit: "ms",
    baseline: parseCpu,
    note: cpuNote,
  });
  const prebuilt = JSON.stringify(createSearchIndex(data).toJSON());
  out.push({
    id: "load-search",
    group: "Validate and build",
    label: "loadSearchIndex (prebuilt index JSON, incl. its JSON.parse)",
    value: timeRuns(() => loadSearchIndex(prebuilt, data), { runs: buildRuns, warmup, prepare: () => null, gc: true })
      .ms,
    unit: "ms",
    baseline: parseBase,
    note: `${(prebuilt.length / 1048576).toFixed(1)} MB of index JSON`,
  });
  // Point queries: a fresh Parley per run (memoized answers start cold), against linear scans over the arrays.
  createParley(data); // freezes `data`; later instances over it skip the freeze
  const newParley = () => createParley(data);
  // One instance per run, shared by the point queries: each query meets a fresh (unmemoized) instance in every run.
  const instances = Array.from({ length: warmup + runs }, newParley);
  const cycling = () => {
    let next = 0;
    return () => instances[next++ % instances.length]!;
  };
  const events = data.events;
  const withPeople = events.filter((e) => e.participants.length > 0);
  const eventIds = sample(
    events.map((e) => e.id),
    400,
  );
  const childIds = sample(
    events.filter((e) => e.parent).map((e) => e.id),
    400,
  );
  const personIds = sample([...new Set(withPeople.flatMap((e) => e.participants.map((p) => p.person)))], 400);
  const participations = new Map<string, number>();
  for (const e of withPeople)
    for (const p of e.participants) participations.set(p.person, (participations.get(p.person) ?? 0) + 1);
  const busiest = [...participations].sort((a, b) => b[1] - a[1]).slice(0, 10);
  const busiestIds = busiest.map(([id]) => id);
  const busiestNote = `${busiest.at(-1)![1]}–${busiest[0]![1]} events each`;
  const postIds = sample(
    data.posts.map((p) => p.id),
    400,
  );
  const sourceIds = sample(
    data.sources.map((s) => s.id),
    100,
  );
  const anyIds = sample(
    recordKinds.flatMap((k) => (data[k] as Record_[]).map((r) => r.id)),
    400,
  );
  const disputed = sample(
    data.disagreements.flatMap((d) => d.targets.map((t) => t.record)),
    200,
  );
  const span = [dateBounds(events[0]!.date)!.earliest!, dateBounds(events.at(-1)!.date)!.latest!];
  const randomDay = () => {
    const from = Date.parse(span[0]!);
    const to = Date.parse(span[1]!);
    return new Date(from + rng.next() * (to - from)).toISOString().slice(0, 10);
  };
  const postDays = postIds.map((id) => [id, randomDay()] as const);
  const personDays = personIds.map((id) => [id, randomDay()] as const);

  const find = <K extends RecordKind>(kind: K, id: string) => (data[kind] as Record_[]).find((r) => r.id === id);
  const findAny = (id: string) => {
    for (const kind of recordKinds) {
      const hit = (data[kind] as Record_[]).find((r) => r.id === id);
      if (hit) return { kind, hit };
    }
    return null;
  };
  const earliestOf = (date: string) => dateBounds(date)?.earliest ?? "";
  const byDate = <T extends { date: string }>(list: T[]) =>
    list.sort((a, b) => (earliestOf(a.date) < earliestOf(b.date) ? -1 : 1));
  const covering = (list: Dataset["memberships"], date: string) => {
    const b = dateBounds(date)!;
    return list.filter((m) => termCovers(termSpan(m), b.earliest!, b.latest!) !== "impossible");
  };
  const eventsWith = (person: string) => events.filter((e) => e.participants.some((p) => p.person === person));
  /** The scan behind counterpartsOf: count who shared an event with a person, most frequent first. */
  const coParticipants = (id: string) => {
    const counts = new Map<string, number>();
    for (const e of eventsWith(id))
      for (const x of e.participants) if (x.person !== id) counts.set(x.person, (counts.get(x.person) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  };

  interface Point<A> {
    id: string;
    label: string;
    args: readonly A[];
    query: (p: Parley, a: A) => unknown;
    scan: (a: A) => unknown;
    scanLabel: string;
  }
  const point = <A>(q: Point<A>) => q as unknown as Point<unknown>;
  const points: Point<unknown>[] = [
    point({
      id: "get",
      label: "get(id) any kind",
      args: anyIds,
      query: (p, id: string) => p.get(id),
      scan: (id: string) => findAny(id),
      scanLabel: "find across every array",
    }),
    point({
      id: "kindOf",
      label: "kindOf(id)",
      args: anyIds,
      query: (p, id: string) => p.kindOf(id),
      scan: (id: string) => findAny(id)?.kind,
      scanLabel: "find across every array",
    }),
    point({
      id: "labelOf",
      label: "labelOf(id)",
      args: anyIds,
      query: (p, id: string) => p.labelOf(id),
      scan: (id: string) => findAny(id),
      scanLabel: "find across every array",
    }),
    point({
      id: "getEvent",
      label: "getEvent(id)",
      args: eventIds,
      query: (p, id: string) => p.getEvent(id),
      scan: (id: string) => find("events", id),
      scanLabel: "events.find",
    }),
    point({
      id: "getPerson",
      label: "getPerson(id)",
      args: personIds,
      query: (p, id: string) => p.getPerson(id),
      scan: (id: string) => find("people", id),
      scanLabel: "people.find",
    }),
    point({
      id: "getPost",
      label: "getPost(id)",
      args: postIds,
      query: (p, id: string) => p.getPost(id),
      scan: (id: string) => find("posts", id),
      scanLabel: "posts.find",
    }),
    point({
      id: "getSource",
      label: "getSource(id)",
      args: sourceIds,
      query: (p, id: string) => p.getSource(id),
      scan: (id: string) => find("sources", id),
      scanLabel: "sources.find",
    }),
    point({
      id: "boundsOf",
      label: "boundsOf(eventId)",
      args: eventIds,
      query: (p, id: string) => p.boundsOf(id),
      scan: (id: string) => dateBounds((find("events", id) as Dataset["events"][number]).date),
      scanLabel: "events.find + dateBounds",
    }),
    point({
      id: "participantsOf",
      label: "participantsOf(eventId)",
      args: eventIds,
      query: (p, id: string) => p.participantsOf(id),
      scan: (id: string) =>
        (find("events", id) as Dataset["events"][number]).participants.map((x) => [
          find("people", x.person),
          x.posts.map((post) => find("posts", post)),
        ]),
      scanLabel: "find event, people and posts",
    }),
    point({
      id: "childrenOf",
      label: "childrenOf(eventId)",
      args: eventIds,
      query: (p, id: string) => p.childrenOf(id),
      scan: (id: string) => byDate(events.filter((e) => e.parent === id)),
      scanLabel: "events.filter(parent) + sort",
    }),
    point({
      id: "parentOf",
      label: "parentOf(eventId)",
      args: childIds,
      query: (p, id: string) => p.parentOf(id),
      scan: (id: string) => find("events", (find("events", id) as Dataset["events"][number]).parent!),
      scanLabel: "two events.find",
    }),
    point({
      id: "documentsOf",
      label: "documentsOf(eventId)",
      args: eventIds,
      query: (p, id: string) => p.documentsOf(id),
      scan: (id: string) => data.documents.filter((d) => d.event === id),
      scanLabel: "documents.filter",
    }),
    point({
      id: "statementsOf",
      label: "statementsOf(eventId)",
      args: eventIds,
      query: (p, id: string) => p.statementsOf(id),
      scan: (id: string) => data.statements.filter((s) => s.event === id || s.speaker === id),
      scanLabel: "statements.filter",
    }),
    point({
      id: "holderOf",
      label: "holderOf(postId, day)",
      args: postDays,
      query: (p, [id, day]: readonly [string, string]) => p.holderOf(id, day),
      scan: ([id, day]: readonly [string, string]) =>
        covering(
          data.memberships.filter((m) => m.post === id),
          day,
        ),
      scanLabel: "memberships.filter + termCovers",
    }),
    point({
      id: "officeOn",
      label: "officeOn(personId, day)",
      args: personDays,
      query: (p, [id, day]: readonly [string, string]) => p.officeOn(id, day),
      scan: ([id, day]: readonly [string, string]) =>
        covering(
          data.memberships.filter((m) => m.person === id),
          day,
        ),
      scanLabel: "memberships.filter + termCovers",
    }),
    point({
      id: "membershipsOf",
      label: "membershipsOf(personId)",
      args: personIds,
      query: (p, id: string) => p.membershipsOf(id),
      scan: (id: string) => data.memberships.filter((m) => m.person === id),
      scanLabel: "memberships.filter",
    }),
    point({
      id: "holdersOf",
      label: "holdersOf(postId)",
      args: postIds,
      query: (p, id: string) => p.holdersOf(id),
      scan: (id: string) => data.memberships.filter((m) => m.post === id),
      scanLabel: "memberships.filter",
    }),
    point({
      id: "eventsOf",
      label: "eventsOf(personId)",
      args: personIds,
      query: (p, id: string) => p.eventsOf(id),
      scan: (id: string) => byDate(eventsWith(id)),
      scanLabel: "events.filter(participant) + sort",
    }),
    point({
      id: "eventsOf-busiest",
      label: "eventsOf(personId), the ten busiest people",
      args: busiestIds,
      query: (p, id: string) => p.eventsOf(id),
      scan: (id: string) => byDate(eventsWith(id)),
      scanLabel: "events.filter(participant) + sort",
    }),
    point({
      id: "counterpartsOf-busiest",
      label: "counterpartsOf(personId), the ten busiest people",
      args: busiestIds,
      query: (p, id: string) => p.counterpartsOf(id),
      scan: coParticipants,
      scanLabel: "events.filter + count co-participants",
    }),
    point({
      id: "counterpartsOf",
      label: "counterpartsOf(personId)",
      args: personIds,
      query: (p, id: string) => p.counterpartsOf(id),
      scan: coParticipants,
      scanLabel: "events.filter + count co-participants",
    }),
    point({
      id: "citationsOf",
      label: "citationsOf(eventId)",
      args: eventIds,
      query: (p, id: string) => p.citationsOf(id),
      scan: (id: string) =>
        citationListsOf("events", find("events", id) as Dataset["events"][number]).flatMap((l) =>
          l.citations.map((c) => find("sources", c.source)),
        ),
      scanLabel: "find event, walk citations, sources.find",
    }),
    point({
      id: "disagreementsAbout",
      label: "disagreementsAbout(id)",
      args: disputed.length > 0 ? disputed : eventIds,
      query: (p, id: string) => p.disagreementsAbout(id),
      scan: (id: string) => data.disagreements.filter((d) => d.targets.some((t) => t.record === id)),
      scanLabel: "disagreements.filter",
    }),
    point({
      id: "recordsCiting",
      label: "recordsCiting(sourceId)",
      args: sourceIds.slice(0, big ? 20 : 100),
      query: (p, id: string) => p.recordsCiting(id),
      scan: (id: string) => {
        const hits: string[] = [];
        for (const kind of recordKinds)
          for (const r of data[kind] as Dataset[RecordKind][number][])
            if (citationListsOf(kind, r as never).some((l) => l.citations.some((c) => c.source === id)))
              hits.push(r.id);
        return hits;
      },
      scanLabel: "walk every record's citations",
    }),
  ];
  for (const q of points) {
    // One untimed call with another argument first, so lazily built tables (e.g. the citing-records table) are in place
    // and only the per-call cost is timed; the arguments timed are still unmemoized on that instance.
    const next = cycling();
    const [primer, ...timed] = q.args;
    const prepare = () => {
      const p = next();
      q.query(p, primer);
      return p;
    };
    const value = perCall((p: Parley, a) => q.query(p, a), timed, { runs, warmup, prepare });
    const scanArgs = q.args.slice(0, big ? 8 : 40);
    const scan = perCall((_: null, a) => q.scan(a), scanArgs, { runs: big ? 2 : 3, warmup: 1, prepare: () => null });
    out.push({
      id: `q-${q.id}`,
      group: "Point queries (per call)",
      label: q.label,
      value,
      unit: "ms",
      baseline: { label: q.scanLabel, value: scan },
      target: 0.01,
      ...(q.id.endsWith("-busiest") ? { note: busiestNote } : {}),
    });
  }

  // Lazily built tables: the first call on a fresh instance pays for them once.
  out.push({
    id: "recordsCiting-first",
    group: "Point queries (per call)",
    label: "recordsCiting(sourceId), first call on a fresh instance (builds the citing table once)",
    value: timeRuns((p: Parley) => p.recordsCiting(sourceIds[0]!), { runs, warmup, prepare: newParley, gc: true }).ms,
    unit: "ms",
    baseline: {
      label: "walk every record's citations",
      value: out.find((m) => m.id === "q-recordsCiting")?.baseline?.value ?? Number.NaN,
    },
  });

  // Timeline with three filters, against a filter scan with the same predicate.
  const topic = rng.pick(data.topics.filter((t) => t.parent)).id;
  const person = busiestIds[0]!;
  const organization = rng.pick(events.flatMap((e) => e.organizations.map((o) => o.organization)));
  const years = span.map((d) => Number(d.slice(0, 4)));
  const midYear = Math.floor((years[0]! + years[1]!) / 2);
  const timelines: {
    id: string;
    label: string;
    filters: TimelineFilters;
    test: (e: Dataset["events"][number]) => boolean;
  }[] = [
    {
      id: "timeline-date-kinds-countries",
      label: "timeline: dates + kinds + countries",
      filters: {
        from: `${midYear - 3}`,
        to: `${midYear + 2}`,
        kinds: ["official-visit", "talks", "committee-session"],
        countries: ["ru"],
      },
      test: (e) => ["official-visit", "talks", "committee-session"].includes(e.kind) && e.countries.includes("ru"),
    },
    {
      id: "timeline-person-status-dates",
      label: "timeline: busiest person + statuses + dates",
      filters: { people: [person], statuses: ["took-place"], from: `${years[0]! + 1}`, to: `${years[1]}` },
      test: (e) => e.status === "took-place" && e.participants.some((p) => p.person === person),
    },
    {
      id: "timeline-topic-org-toplevel",
      label: "timeline: topic + organization + top level",
      filters: { topics: [topic], organizations: [organization], topLevelOnly: true },
      test: (e) =>
        e.topics.includes(topic) && e.organizations.some((o) => o.organization === organization) && !e.parent,
    },
  ];
  for (const t of timelines) {
    const from = t.filters.from ? dateBounds(t.filters.from)!.earliest! : null;
    const to = t.filters.to ? dateBounds(t.filters.to)!.latest! : null;
    const scan = () =>
      byDate(
        events.filter((e) => {
          if (!t.test(e)) return false;
          const b = dateBounds(e.date);
          return (!from || (b?.latest ?? "") >= from) && (!to || (b?.earliest ?? "9999") <= to);
        }),
      );
    const parley = instances[0]!;
    const matched = parley.timeline(t.filters).length;
    out.push({
      id: t.id,
      note: `${matched} events match`,
      group: "Timeline",
      label: t.label,
      value: timeRuns(() => parley.timeline(t.filters), { runs: runs * 4, warmup: 2, prepare: () => null }).ms,
      unit: "ms",
      baseline: {
        label: "events.filter with the same test + sort",
        value: timeRuns(scan, { runs: 3, warmup: 1, prepare: () => null }).ms,
      },
      target: 5,
    });
  }

  // Aggregates: the first (uncached) call on a fresh instance, against one scan doing the same counting.
  const scanStats = () => {
    let lo = "9999";
    let hi = "0000";
    for (const e of events) {
      const b = dateBounds(e.date);
      if (b?.earliest && b.earliest < lo) lo = b.earliest;
      if (b?.latest && b.latest > hi) hi = b.latest;
    }
    const byPublisher = new Map<string | null, number>();
    for (const s of data.sources) byPublisher.set(s.publisher, (byPublisher.get(s.publisher) ?? 0) + 1);
    return [lo, hi, byPublisher];
  };
  const scanTopics = () => {
    const counts = new Map<string, number>();
    for (const e of events) {
      const year = (dateBounds(e.date)?.earliest ?? "").slice(0, 4);
      for (const t of e.topics) counts.set(`${t}|${year}`, (counts.get(`${t}|${year}`) ?? 0) + 1);
    }
    return counts;
  };
  const scanNetwork = () => {
    const pairs = new Map<string, number>();
    for (const e of events) {
      const people = e.participants.map((p) => p.person);
      for (let i = 0; i < people.length; i++)
        for (let j = i + 1; j < people.length; j++) {
          const key = people[i]! < people[j]! ? `${people[i]}|${people[j]}` : `${people[j]}|${people[i]}`;
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
    }
    return pairs;
  };
  const aggregates = [
    {
      id: "stats",
      label: "stats()",
      call: (p: Parley) => p.stats(),
      scan: scanStats,
      scanLabel: "one scan: date range + sources by publisher",
    },
    {
      id: "topicsOverTime",
      label: "topicsOverTime()",
      call: (p: Parley) => p.topicsOverTime(),
      scan: scanTopics,
      scanLabel: "one scan: topic × year counts",
    },
    {
      id: "network",
      label: "network()",
      call: (p: Parley) => p.network(),
      scan: scanNetwork,
      scanLabel: "one scan: co-participation pairs",
    },
  ];
  for (const a of aggregates) {
    out.push({
      id: a.id,
      group: "Aggregates (first call)",
      label: a.label,
      value: timeRuns(a.call, { runs, warmup, prepare: cycling(), gc: true }).ms,
      unit: "ms",
      baseline: { label: a.scanLabel, value: timeRuns(a.scan, { runs, warmup, prepare: () => null, gc: true }).ms },
    });
  }

  // Search type-ahead: prefixes of 1–6 characters of real names and titles, p50 and p95 per length, on a warmed index
  // (as the interface has it). The queries are timed in a first pass, and again in passes after it.
  const index = createSearchIndex(data);
  index.warm();
  const names: string[] = [
    ...data.people.flatMap((p) => [p.name, p.nativeName?.name ?? p.name, ...p.otherNames.map((n) => n.name)]),
    ...data.organizations.flatMap((o) => [o.name, o.nativeName?.name ?? o.name]),
    ...data.places.map((p) => p.name),
    ...data.topics.map((t) => t.label),
    ...events.map((e) => e.title),
    ...data.documents.map((d) => d.title),
  ];
  const folded = names.map(fold);
  const targets = sample(
    [
      ...data.people.flatMap((p) => [p.name, p.nativeName?.name ?? p.name]),
      ...data.organizations.map((o) => o.name),
      ...data.topics.map((t) => t.label),
      ...data.places.map((p) => p.name),
    ],
    200,
  );
  const scanSearch = (q: string) => {
    const needle = fold(q);
    const hits: number[] = [];
    for (let i = 0; i < folded.length; i++) if (folded[i]!.includes(needle)) hits.push(i);
    return hits.slice(0, 10);
  };
  const useFuse = size <= 10_000;
  const fuseBuild = useFuse
    ? timeRuns(() => new Fuse(names, { threshold: 0.3, ignoreLocation: true }), {
        runs: 3,
        warmup: 1,
        prepare: () => null,
      })
    : null;
  const fuse = useFuse ? new Fuse(names, { threshold: 0.3, ignoreLocation: true }) : null;
  if (fuseBuild)
    out.push({
      id: "fuse-build",
      group: "Validate and build",
      label: "Fuse.js index over the same names (for comparison)",
      value: fuseBuild.ms,
      unit: "ms",
      baseline: parseBase,
    });
  for (const length of PREFIX_LENGTHS) {
    const queries = targets.map((t) => [...t].slice(0, length).join("")).filter((q) => q.trim().length > 0);
    const ours = callDistribution((q: string) => index.search(q, { limit: 10 }), queries);
    const scan = callDistribution(scanSearch, queries);
    const again = "after one untimed pass over the same queries";
    out.push({
      id: `search-first-p95-${length}`,
      group: "Search type-ahead",
      label: `search, ${length}-character prefix, p95, first pass over these queries (none searched before)`,
      value: ours.first.p95,
      unit: "ms",
      baseline: { label: "includes() over folded names, first pass", value: scan.first.p95 },
      target: 5,
    });
    out.push({
      id: `search-p50-${length}`,
      group: "Search type-ahead",
      label: `search, ${length}-character prefix, p50 ${again}`,
      value: ours.p50,
      unit: "ms",
      baseline: { label: "includes() over folded names", value: scan.p50 },
    });
    out.push({
      id: `search-p95-${length}`,
      group: "Search type-ahead",
      label: `search, ${length}-character prefix, p95 ${again}`,
      value: ours.p95,
      unit: "ms",
      baseline: { label: "includes() over folded names", value: scan.p95 },
      target: 5,
    });
    if (fuse) {
      const fused = callDistribution((q: string) => fuse.search(q, { limit: 10 }), queries.slice(0, 30), 3, 1);
      out.push({
        id: `fuse-p95-${length}`,
        group: "Search type-ahead",
        label: `Fuse.js, ${length}-character prefix, p95 (comparison; after 3 untimed searches)`,
        value: fused.p95,
        unit: "ms",
      });
    }
  }

  // Exports, against JSON.stringify of the dataset.
  const stringify = timeRuns(() => JSON.stringify(data), { runs: big ? 2 : 3, warmup, prepare: () => null, gc: true });
  const stringifyBase = { label: "JSON.stringify of the dataset", value: stringify.ms };
  const exports_ = [
    { id: "toJson", label: "toJson", run: () => toJson(data) },
    { id: "toCsv", label: "toCsv, all twelve kinds", run: () => recordKinds.map((k) => toCsv(data, k)) },
    { id: "toJsonSchema", label: "toJsonSchema", run: () => toJsonSchema() },
    { id: "toPopolo", label: "toPopolo (+ JSON.stringify)", run: () => JSON.stringify(toPopolo(data)) },
    { id: "toICalendar", label: "toICalendar", run: () => toICalendar(data) },
    { id: "toPloverJsonl", label: "toPloverJsonl", run: () => toPloverJsonl(data) },
  ];
  let total = 0;
  for (const e of exports_) {
    const ms = timeRuns(e.run, { runs: big ? 2 : 3, warmup: 1, prepare: () => null, gc: true }).ms;
    total += ms;
    out.push({
      id: `export-${e.id}`,
      group: "Exports",
      label: e.label,
      value: ms,
      unit: "ms",
      baseline: stringifyBase,
    });
  }
  out.push({
    id: "export-all",
    group: "Exports",
    label: "all of the above (what the build writes, before disk)",
    value: total,
    unit: "ms",
    baseline: stringifyBase,
  });
  return out;
}

/**
 * What an application holding a dataset needs: read the file, validate, build both indexes, run a query or two.
 * Run with plain `node` (no TypeScript loader) as an ES module; prints `{ peakMB, heapMB, fileMB }` as JSON.
 */
export const MEMORY_PROBE =
  `
import { readFileSync } from "node:fs";
import { createParley, createSearchIndex, validateDataset } from "DIST/index.js";
let text = readFileSync(process.argv[1], "utf8");
const fileMB = Buffer.byteLength(text) / 1048576;
let input = JSON.parse(text);
text = null;
const result = validateDataset(input);
input = null;
if (!result.ok) { console.error("the dataset did not validate (" + result.issues.length + " issues)"); process.exit(1); }
const parley = createParley(result.dataset);
const index = createSearchIndex(result.dataset);
parley.timeline({ kinds: ["talks"] });
parley.stats();
index.search("nguy");
globalThis.gc?.();
process.stdout.write(JSON.stringify({ peakMB: process.resourceUsage().maxRSS / 1024, ` +
  `heapMB: process.memoryUsage().heapUsed / 1048576, fileMB }));
`;

/** The memory probe's output as measurements; `emptyMB` is the peak RSS of a Node process that does nothing. */
export function memoryMeasurements(
  probe: { peakMB: number; heapMB: number; fileMB: number },
  emptyMB: number,
): Measurement[] {
  const file = { label: "size of the JSON file", value: probe.fileMB };
  return [
    {
      id: "memory-peak",
      group: "Memory",
      label: "peak RSS: read, validate, createParley, createSearchIndex, query",
      value: probe.peakMB,
      unit: "MB",
      baseline: file,
      target: 500,
      note: `an idle Node process: ${(Math.round(emptyMB / 10) * 10).toFixed(0)} MB`,
    },
    {
      id: "memory-heap",
      group: "Memory",
      label: "JS heap in use afterwards (after GC)",
      value: probe.heapMB,
      unit: "MB",
      baseline: file,
    },
  ];
}
