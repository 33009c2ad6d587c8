// Loading a --data file: validation, and the verdict cache that lets the same bytes skip it next time.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { validateDataset } from "@parley/core";
import { beforeEach, describe, expect, it } from "vitest";
import { loadDataset, type Loaded } from "../src/load.js";
import { prepareSession } from "../src/ui/session.js";
import { applyNormalization, cacheDir, mayKnow, normalizationOf, sameJson, type Normalization } from "../src/verdictCache.js";
import { appRoot, brokenDataset, runBuilt, tempDir, writeJson } from "./helpers.js";

const mini = join(appRoot, "test", "fixtures", "mini.json");

function ok(result: ReturnType<typeof loadDataset>): Loaded {
  if (!result.ok) throw new Error(`expected a dataset, got ${result.reason}`);
  return result;
}

let cache: string;
beforeEach(() => {
  cache = join(tempDir(), "cache");
});

describe("the verdict cache", () => {
  it("validates a file the first time, and the second time knows it is valid and gives the same dataset", () => {
    const first = ok(loadDataset(mini, { cache, remember: true }));
    expect(first.validation).toBe("validated");
    expect(first.remember()).toBe(true);
    expect(first.remember()).toBe(false);
    const second = ok(loadDataset(mini, { cache }));
    expect(second.validation).toBe("validated (cached)");
    expect(sameJson(second.dataset, first.dataset)).toBe(true);
    expect(JSON.stringify(second.parley.timeline())).toBe(JSON.stringify(first.parley.timeline()));
    expect(second.notices).toEqual(first.notices);
  });

  it("validates again with --revalidate, or when a single byte of the file changed", () => {
    ok(loadDataset(mini, { cache, remember: true })).remember();
    expect(ok(loadDataset(mini, { cache, revalidate: true })).validation).toBe("validated");
    const changed = join(tempDir(), "changed.json");
    writeFileSync(changed, `${readFileSync(mini, "utf8")} `);
    expect(ok(loadDataset(changed, { cache })).validation).toBe("validated");
  });

  it("keeps only what validation changed: nothing for a file already in the validator's form, the changed records otherwise", () => {
    const dir = tempDir();
    const canonical = join(dir, "canonical.json");
    const parsed = JSON.parse(readFileSync(mini, "utf8")) as unknown;
    const result = validateDataset(parsed);
    if (!result.ok) throw new Error("mini.json should be valid");
    writeFileSync(canonical, JSON.stringify(result.dataset));
    ok(loadDataset(canonical, { cache, remember: true })).remember();
    expect(ok(loadDataset(canonical, { cache })).validation).toBe("validated (cached)");
    const entry = (name: string) => JSON.parse(readFileSync(join(cache, readdirSync(cache).find((f) => f.startsWith(`${readFileSync(name).length}-`))!), "utf8")) as { normalization: Normalization };
    expect(entry(canonical).normalization).toMatchObject({ values: {}, records: {} });
    // mini.json leaves out fields that have defaults: those records are kept in their validated form.
    ok(loadDataset(mini, { cache, remember: true })).remember();
    const changed = entry(mini).normalization.records;
    expect(Object.keys(changed).length).toBeGreaterThan(0);
    expect(sameJson(applyNormalization(JSON.parse(readFileSync(mini, "utf8")), normalizationOf(parsed, result.dataset)), result.dataset)).toBe(true);
  });

  it("never remembers a file with issues", () => {
    const broken = writeJson(tempDir(), "broken.json", brokenDataset());
    expect(loadDataset(broken, { cache, remember: true }).ok).toBe(false);
    expect(loadDataset(broken, { cache }).ok).toBe(false);
  });

  it("goes on without a cache when its folder cannot be written", () => {
    const dir = tempDir();
    const blocked = join(dir, "file");
    writeFileSync(blocked, "");
    const first = ok(loadDataset(mini, { cache: join(blocked, "parley"), remember: true }));
    expect(first.remember()).toBe(false);
    expect(ok(loadDataset(mini, { cache: join(blocked, "parley") })).validation).toBe("validated");
  });

  it("names entries by the file's size first, so a file of a size never seen is known to be new without hashing it", () => {
    const size = readFileSync(mini).length;
    expect(mayKnow(cache, size)).toBe(false);
    ok(loadDataset(mini, { cache, remember: true })).remember();
    expect(mayKnow(cache, size)).toBe(true);
    expect(mayKnow(cache, size + 1)).toBe(false);
    expect(readdirSync(cache).some((f) => f.startsWith(`${size}-`) && f.endsWith(".json"))).toBe(true);
  });

  it("takes bytes read ahead, or the error reading them, with the same one-line message", async () => {
    const error = await readFile("/no/such/file.json").catch((e: unknown) => e as Error);
    expect(loadDataset("/no/such/file.json", { read: error, cache })).toMatchObject({ ok: false, reason: "unreadable", message: "cannot read /no/such/file.json: no such file" });
    expect(ok(loadDataset(mini, { read: readFileSync(mini), cache })).dataset.version).toBe("0.0.1");
  });

  it("has the interface remember a fresh verdict after its first frame, or on quitting if that came first", () => {
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = tempDir();
    try {
      const quick = prepareSession(mini);
      if (!quick.ok) throw new Error("mini.json should open");
      expect(quick.props.validation).toBe("validated");
      quick.beforeExit();
      expect(ok(loadDataset(mini)).validation).toBe("validated (cached)");
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
    ok(loadDataset(mini, { cache: join(xdg, "parley"), remember: true })).remember();
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

describe("garbage collection while loading", () => {
  it("is held only while a file is parsed: after a good, a broken or a missing file it is as before", async () => {
    const { markingHeld } = await import("../src/markingHold.js");
    const notJson = join(tempDir(), "not.json");
    writeFileSync(notJson, "{ nope");
    ok(loadDataset(mini, { cache: null }));
    expect(markingHeld()).toBe(false);
    expect(loadDataset(notJson, { cache: null }).ok).toBe(false);
    expect(markingHeld()).toBe(false);
    expect(loadDataset(join(tempDir(), "missing.json"), { cache: null }).ok).toBe(false);
    expect(markingHeld()).toBe(false);
  });
});
