// Loading a --data file: validation, and the verdict cache that lets the same bytes skip it next time.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { createParley, createSearchIndexInSlices, validateDataset } from "@parley/core";
import { generateDataset } from "@parley/core/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { markingHeld } from "@parley/core/node";
import { openDataset, type Loaded } from "../src/dataset/openDataset.js";
import { prepareSession } from "../src/dataset/session.js";
import {
  applyNormalization,
  cacheDir,
  fileIdentity,
  mayKnow,
  normalizationOf,
  sameJson,
  SETTLED_MS,
  type Normalization,
} from "../src/dataset/verdictCache.js";
import { appRoot, brokenDataset, runBuilt, tempDir, writeJson } from "./helpers.js";

const mini = join(appRoot, "test", "fixtures", "mini.json");

function ok(result: ReturnType<typeof openDataset>): Loaded {
  if (!result.ok) throw new Error(`expected a dataset, got ${result.reason}`);
  return result;
}

let cache: string;
beforeEach(() => {
  cache = join(tempDir(), "cache");
});

describe("the verdict cache", () => {
  it("validates a file the first time, and the second time knows it is valid and gives the same dataset", () => {
    const first = ok(openDataset(mini, { cache, remember: true }));
    expect(first.validation).toBe("validated");
    expect(first.remember()).toBe(true);
    expect(first.remember()).toBe(false);
    const second = ok(openDataset(mini, { cache }));
    expect(second.validation).toBe("validated (cached)");
    expect(sameJson(second.dataset, first.dataset)).toBe(true);
    expect(JSON.stringify(second.parley.timeline())).toBe(JSON.stringify(first.parley.timeline()));
    expect(second.notices).toEqual(first.notices);
  });

  it("validates again when a text in the file's own texts folder changed", () => {
    const dir = tempDir();
    const file = join(dir, "mini.json");
    copyFileSync(mini, file);
    mkdirSync(join(dir, "texts"));
    writeFileSync(join(dir, "texts", "kept.txt"), "one text");
    ok(openDataset(file, { cache, remember: true })).remember();
    expect(ok(openDataset(file, { cache })).validation).toBe("validated (cached)");
    writeFileSync(join(dir, "texts", "kept.txt"), "another text");
    expect(ok(openDataset(file, { cache })).validation).toBe("validated");
  });

  it("validates again with --revalidate, or when a single byte of the file changed", () => {
    ok(openDataset(mini, { cache, remember: true })).remember();
    expect(ok(openDataset(mini, { cache, revalidate: true })).validation).toBe("validated");
    const changed = join(tempDir(), "changed.json");
    writeFileSync(changed, `${readFileSync(mini, "utf8")} `);
    expect(ok(openDataset(changed, { cache })).validation).toBe("validated");
  });

  it("keeps only what validation changed: nothing for a file already in the validator's form, the changed records otherwise", () => {
    const dir = tempDir();
    const canonical = join(dir, "canonical.json");
    const parsed = JSON.parse(readFileSync(mini, "utf8")) as unknown;
    const result = validateDataset(parsed);
    if (!result.ok) throw new Error("mini.json should be valid");
    writeFileSync(canonical, JSON.stringify(result.dataset));
    ok(openDataset(canonical, { cache, remember: true })).remember();
    expect(ok(openDataset(canonical, { cache })).validation).toBe("validated (cached)");
    const entry = (name: string) =>
      JSON.parse(
        readFileSync(
          join(
            cache,
            readdirSync(cache).find((f) => f.startsWith(`${readFileSync(name).length}-`))!,
          ),
          "utf8",
        ),
      ) as { normalization: Normalization };
    expect(entry(canonical).normalization).toMatchObject({ values: {}, records: {} });
    // mini.json leaves out fields that have defaults: those records are kept in their validated form.
    ok(openDataset(mini, { cache, remember: true })).remember();
    const changed = entry(mini).normalization.records;
    expect(Object.keys(changed).length).toBeGreaterThan(0);
    expect(
      sameJson(
        applyNormalization(JSON.parse(readFileSync(mini, "utf8")), normalizationOf(parsed, result.dataset)),
        result.dataset,
      ),
    ).toBe(true);
  });

  it("never remembers a file with issues", () => {
    const broken = writeJson(tempDir(), "broken.json", brokenDataset());
    expect(openDataset(broken, { cache, remember: true }).ok).toBe(false);
    expect(openDataset(broken, { cache }).ok).toBe(false);
  });

  it("goes on without a cache when its folder cannot be written", () => {
    const dir = tempDir();
    const blocked = join(dir, "file");
    writeFileSync(blocked, "");
    const first = ok(openDataset(mini, { cache: join(blocked, "parley"), remember: true }));
    expect(first.remember()).toBe(false);
    expect(ok(openDataset(mini, { cache: join(blocked, "parley") })).validation).toBe("validated");
  });

  it("names entries by the file's size first, so a file of a size never seen is known to be new without hashing it", () => {
    const size = readFileSync(mini).length;
    expect(mayKnow(cache, size)).toBe(false);
    ok(openDataset(mini, { cache, remember: true })).remember();
    expect(mayKnow(cache, size)).toBe(true);
    expect(mayKnow(cache, size + 1)).toBe(false);
    expect(readdirSync(cache).some((f) => f.startsWith(`${size}-`) && f.endsWith(".json"))).toBe(true);
  });

  it("takes bytes read ahead, or the error reading them, with the same problem", async () => {
    const error = await readFile("/no/such/file.json").catch((e: unknown) => e as Error);
    expect(openDataset("/no/such/file.json", { read: error, cache })).toMatchObject({
      ok: false,
      reason: "unreadable",
      problem: { key: "missing", path: "/no/such/file.json" },
    });
    expect(ok(openDataset(mini, { read: readFileSync(mini), cache })).dataset.version).toBe("0.0.1");
  });

  it("has the interface remember a fresh verdict after its first frame, or on quitting if that came first", () => {
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = tempDir();
    try {
      const quick = prepareSession(mini);
      if (!quick.ok) throw new Error("mini.json should open");
      expect(quick.props.validation).toBe("validated");
      quick.beforeExit();
      expect(ok(openDataset(mini)).validation).toBe("validated (cached)");
      const reopened = prepareSession(mini);
      expect(reopened.ok && reopened.props.validation).toBe("validated (cached)");
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
    }
  });

  it("lives in $XDG_CACHE_HOME/parley, else ~/.cache/parley", () => {
    expect(cacheDir({ XDG_CACHE_HOME: "/x/cache" })).toBe("/x/cache/parley");
    expect(cacheDir({ XDG_CACHE_HOME: "relative" })).toMatch(/\/\.cache\/parley$/);
    expect(cacheDir({})).toMatch(/\/\.cache\/parley$/);
  });

  it("lets every command use a remembered verdict, and --revalidate is accepted everywhere", async () => {
    const xdg = tempDir();
    ok(openDataset(mini, { cache: join(xdg, "parley"), remember: true })).remember();
    const env = { XDG_CACHE_HOME: xdg, PARLEY_PROFILE: "1" };
    const cached = await runBuilt(["--data", mini, "events", "--json"], { env });
    const fresh = await runBuilt(["--data", mini, "--revalidate", "events", "--json"], { env });
    expect(cached.code).toBe(0);
    expect(cached.stdout).toBe(fresh.stdout);
    // With PARLEY_PROFILE=1 each loading step is named on stderr: validation ran only when asked to.
    expect(cached.stderr).not.toContain("parley-profile validated");
    expect(fresh.stderr).toContain("parley-profile validated");
  });
});

describe("the verdict cache, by the file's identity on disk", () => {
  // A read that started well after the file was written, as a later open would be.
  const later = () => Date.now() + SETTLED_MS + 1000;

  it("trusts an unchanged, settled file by its identity, without hashing the bytes", () => {
    const file = join(tempDir(), "data.json");
    copyFileSync(mini, file);
    ok(openDataset(file, { cache, remember: true, read: readFileSync(file), readStartedAt: later() })).remember();
    expect(readdirSync(cache)).toContain("identities.json");
    // Bytes of the same length that differ from the file: only an open that skips the hash would take the verdict.
    const text = readFileSync(file, "utf8");
    const other = Buffer.from(text.replace('"0.0.1"', '"0.0.2"'));
    expect(other.length).toBe(Buffer.byteLength(text));
    const found = ok(openDataset(file, { cache, read: other, readStartedAt: later() }));
    expect(found.validation).toBe("validated (cached)");
  });

  it("hashes again when the file changed since (a new change time), and validates when its bytes differ", () => {
    const file = join(tempDir(), "data.json");
    copyFileSync(mini, file);
    ok(openDataset(file, { cache, remember: true, read: readFileSync(file), readStartedAt: later() })).remember();
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace('"0.0.1"', '"0.0.2"'));
    const reopened = ok(openDataset(file, { cache, read: readFileSync(file), readStartedAt: later() }));
    expect(reopened.validation).toBe("validated");
    expect(reopened.dataset.version).toBe("0.0.2");
  });

  it("knows a copy of a known file by its bytes, and then by its own identity", () => {
    const dir = tempDir();
    const file = join(dir, "data.json");
    copyFileSync(mini, file);
    ok(openDataset(file, { cache, remember: true, read: readFileSync(file), readStartedAt: later() })).remember();
    const copy = join(dir, "copy.json");
    copyFileSync(file, copy);
    expect(ok(openDataset(copy, { cache, read: readFileSync(copy), readStartedAt: later() })).validation).toBe(
      "validated (cached)",
    );
    const names = JSON.parse(readFileSync(join(cache, "identities.json"), "utf8")) as { names: Record<string, string> };
    expect(Object.keys(names.names)).toHaveLength(2);
  });

  it("gives no identity for a file that changed shortly before it was read", () => {
    const file = join(tempDir(), "data.json");
    copyFileSync(mini, file);
    const stat = statSync(file, { bigint: true });
    expect(fileIdentity(stat, Date.now(), new Map())).toBeNull();
    expect(fileIdentity(stat, later(), new Map())).toMatch(/^[0-9a-f]{32}:/u);
    // And it changes with the source texts validation reads.
    expect(fileIdentity(stat, later(), new Map([["a.txt", "x"]]))).not.toBe(fileIdentity(stat, later(), new Map()));
  });
});

describe("garbage collection while loading", () => {
  it("is held only while a file is parsed: after a good, a broken or a missing file it is as before", async () => {
    const notJson = join(tempDir(), "not.json");
    writeFileSync(notJson, "{ nope");
    ok(openDataset(mini, { cache: null }));
    expect(markingHeld()).toBe(false);
    expect(openDataset(notJson, { cache: null }).ok).toBe(false);
    expect(markingHeld()).toBe(false);
    expect(openDataset(join(tempDir(), "missing.json"), { cache: null }).ok).toBe(false);
    expect(markingHeld()).toBe(false);
  });
});

describe("core's indexes, built in slices", () => {
  const bytes = Buffer.from(JSON.stringify(generateDataset({ events: 2000, seed: 3 })));
  const open = () => ok(openDataset("generated.json", { read: bytes, cache: null }));
  const idsOf = (events: readonly { id: string }[]) => events.map((e) => e.id);

  /** Runs a test with a fresh, empty verdict cache. */
  const withCache = async (run: () => Promise<void>) => {
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = tempDir();
    try {
      await run();
    } finally {
      if (saved === undefined) delete process.env.XDG_CACHE_HOME;
      else process.env.XDG_CACHE_HOME = saved;
    }
  };

  it(
    "prepareParley builds the Parley in slices, so a timer set before it runs before it is built, " +
      "and the getter then uses it without building again",
    async () => {
      const loaded = open();
      expect(loaded.parleyBuilt).toBe(false);
      const seen: string[] = [];
      setTimeout(() => seen.push(loaded.parleyBuilt ? "timer after the build" : "timer during the build"), 0);
      await loaded.prepareParley({ sliceMs: 0 });
      seen.push("prepared");
      expect(seen).toEqual(["timer during the build", "prepared"]);
      expect(loaded.parleyBuilt).toBe(true);
      expect(loaded.parley).toBe(loaded.parley);
      expect(idsOf(loaded.parley.timeline())).toEqual(idsOf(createParley(loaded.dataset).timeline()));
      expect(JSON.stringify(loaded.parley.stats())).toBe(JSON.stringify(createParley(loaded.dataset).stats()));
    },
  );

  it("builds the Parley at once when it is used before the sliced build ends, and keeps that one", async () => {
    const loaded = open();
    const preparing = loaded.prepareParley({ sliceMs: 0 });
    expect(loaded.parleyBuilt).toBe(false);
    const early = loaded.parley;
    expect(loaded.parleyBuilt).toBe(true);
    await preparing;
    expect(loaded.parley).toBe(early);
    await loaded.prepareParley();
    expect(loaded.parley).toBe(early);
  });

  it("leaves the Parley for the getter to build when the sliced build is stopped", async () => {
    const loaded = open();
    const stop = new AbortController();
    const preparing = loaded.prepareParley({ sliceMs: 0, signal: stop.signal });
    stop.abort(new Error("closed"));
    await expect(preparing).resolves.toBeUndefined();
    expect(loaded.parleyBuilt).toBe(false);
    expect(loaded.parley.timeline()).toHaveLength(2000);
  });

  it("has the interface build the Parley in slices after its first frame, and start the search index's build only once it is built", () =>
    withCache(async () => {
      const session = prepareSession("generated.json", { read: bytes });
      if (!session.ok) throw new Error("the generated dataset should open");
      const parley = session.props.parley!;
      const search = session.props.search!;
      for (const step of session.afterFirstFrame) step();
      // Had the steps built the Parley at once, the search index's build would be under way now, and this would end it.
      search.stop();
      const deadline = Date.now() + 10_000;
      while (!search.ready && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(search.ready).toBe(true);
      expect(idsOf(parley.timeline())).toEqual(
        idsOf(createParley(validateDataset(JSON.parse(bytes.toString())).dataset!).timeline()),
      );
    }));

  it("has the interface stop building the Parley and the search index when it quits", () =>
    withCache(async () => {
      const session = prepareSession("generated.json", { read: bytes });
      if (!session.ok) throw new Error("the generated dataset should open");
      const search = session.props.search!;
      for (const step of session.afterFirstFrame) step();
      session.beforeExit();
      // A whole sliced build of the same index, meanwhile: a build the interface still ran would have ended too.
      await createSearchIndexInSlices(validateDataset(JSON.parse(bytes.toString())).dataset!);
      expect(search.ready).toBe(false);
    }));
});

describe("the shipped dataset", () => {
  it("is loaded once when asked for, not when the module that opens datasets is imported", async () => {
    const { loadShippedDataset, shippedDataset } = await import("../src/dataset/shippedDataset.js");
    expect(() => openDataset(undefined)).toThrowError(/used before loadShippedDataset\(\) settled/);
    const loaded = await loadShippedDataset();
    expect(await loadShippedDataset()).toBe(loaded);
    const opened = ok(openDataset(undefined));
    expect(opened.dataset).toBe(shippedDataset());
    expect(opened.validation).toBe("shipped");
    expect(opened.dataset.events.length).toBeGreaterThan(100);
  });
});
