import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { scriptSources } from "../../bench/jsPerRoute.mjs";
import { OUT_DIR } from "../../scripts/staticServer.mjs";
import { samplePages } from "../support/samplePages";

/** Text only the search engine's code carries (MiniSearch's own messages). */
const ENGINE_MARK = "MiniSearch";
const chunksDir = join(OUT_DIR, "_next", "static", "chunks");
const read = (src: string) => readFileSync(join(OUT_DIR, src), "utf8");

describe("the scripts a page loads before anyone searches", () => {
  test("the export does carry the search engine, in chunks of its own", () => {
    const engine = readdirSync(chunksDir).filter(
      (name) => name.endsWith(".js") && readFileSync(join(chunksDir, name), "utf8").includes(ENGINE_MARK),
    );
    expect(engine.length).toBeGreaterThan(0);
  });

  const routes = samplePages().flatMap(([path]) => [path, `/vi${path}`, `/ru${path}`]);
  test.each(routes)("%s leaves the search engine until search is opened", (route) => {
    const upFront = scriptSources(readFileSync(join(OUT_DIR, route, "index.html"), "utf8"));
    expect(upFront.length).toBeGreaterThan(0);
    expect(upFront.filter((src) => read(src).includes(ENGINE_MARK))).toEqual([]);
  });
});
