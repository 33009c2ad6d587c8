// @ts-check
// The web benchmark: client JavaScript per route, Lighthouse scores, and build time for the shipped and a synthetic dataset.
// Writes the "Web" section of BENCHMARKS.md at the repository root. Usage:
//   pnpm --filter @parley/web bench [--skip-lighthouse] [--skip-build] [--events 10000]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { dataset } from "@parley/core/shipped";
import { generateDataset } from "@parley/core/testing";
import { OUT_DIR, startStaticServer } from "../scripts/staticServer.mjs";
import { buildTime } from "./buildTime.mjs";
import { jsOfRoute, lazyChunksOf, servedBytes } from "./jsPerRoute.mjs";
import { benchRoutes as routes } from "./benchRoutes.mjs";
import { lighthouseRun } from "./lighthouseRun.mjs";

const APP = resolve(import.meta.dirname, "..");
const ROOT = resolve(APP, "..", "..");
const BUDGET_KB = 130;
const args = process.argv.slice(2);
const flag = (/** @type {string} */ name) => args.includes(name);
const eventsArg = args.indexOf("--events");
const syntheticEvents = eventsArg === -1 ? 10_000 : Number(args[eventsArg + 1]);
if (!Number.isInteger(syntheticEvents) || syntheticEvents < 1) {
  console.error("bench: --events needs a positive whole number");
  process.exit(2);
}
if (!existsSync(join(OUT_DIR, "index.html"))) {
  console.error(
    `bench: no static export in ${OUT_DIR}; build it first (npx -y pnpm@10.34.9 --filter @parley/web build)`,
  );
  process.exit(1);
}

const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

console.log("Client JavaScript per route, as served (brotli / gzip) …");
const js = routes.map(([type, route]) => ({ type, ...jsOfRoute(OUT_DIR, route) }));
for (const r of js)
  console.log(
    `  ${r.type.padEnd(14)} ${kb(r.br).padStart(6)} KB br / ${kb(r.gzip).padStart(6)} KB gzip scripts + ` +
      `${kb(r.inlineBr).padStart(5)} KB inline payload  ${r.route}`,
  );
/** A file fetched only when used, as served: brotli, gzip and raw bytes. */
const lazyFile = (/** @type {string} */ path) => ({
  br: servedBytes(path, "br"),
  gzip: servedBytes(path, "gz"),
  raw: readFileSync(path).length,
});
const lazy = {
  searchIndex: lazyFile(join(OUT_DIR, "search", "index.json")),
  timelineJson: lazyFile(join(OUT_DIR, "timeline", "items.json")),
};
/** The search dialog and engine: the chunks the home page loads on first search, summed. */
const searchChunk = lazyChunksOf(OUT_DIR, "/")
  .map((chunk) => lazyFile(join(OUT_DIR, chunk)))
  .reduce((sum, f) => ({ br: sum.br + f.br, gzip: sum.gzip + f.gzip, raw: sum.raw + f.raw }), {
    br: 0,
    gzip: 0,
    raw: 0,
  });

/** @type {Awaited<ReturnType<typeof lighthouseRun>>[]} */
const lighthouse = [];
if (!flag("--skip-lighthouse")) {
  console.log("Lighthouse (mobile) …");
  let server;
  try {
    server = await startStaticServer({ port: 3000 });
  } catch {
    server = await startStaticServer({ port: 0 });
  }
  try {
    for (const [type, route] of routes.filter(([t]) =>
      ["home", "timeline", "event", "person", "network"].includes(t),
    )) {
      const result = await lighthouseRun(new URL(route, server.url).toString());
      lighthouse.push({ ...result, url: type });
      console.log(
        `  ${type.padEnd(10)} performance ${result.performance}, accessibility ${result.accessibility}, ` +
          `best practices ${result.bestPractices}, SEO ${result.seo}, ` +
          `CLS ${result.cls}, LCP ${result.lcpMs} ms, TBT ${result.tbtMs} ms`,
      );
    }
  } finally {
    await server.close();
  }
}

/** @type {{ name: string, events: number, seconds: number, compressSeconds: number, pages: number | null }[]} */
const builds = [];
if (!flag("--skip-build")) {
  mkdirSync(join(APP, ".bench"), { recursive: true });
  console.log("Build time, shipped dataset …");
  const shipped = await buildTime({ name: "out-shipped" });
  builds.push({ ...shipped, events: dataset.events.length });
  console.log(
    `  ${shipped.seconds.toFixed(1)} s + ${shipped.compressSeconds.toFixed(1)} s compression, ${shipped.pages} pages`,
  );
  const file = join(APP, ".bench", `synthetic-${syntheticEvents}.json`);
  writeFileSync(file, JSON.stringify(generateDataset({ events: syntheticEvents, seed: 1 })));
  console.log(`Build time, synthetic ${syntheticEvents} events …`);
  const synthetic = await buildTime({ name: `out-${syntheticEvents}`, dataset: file });
  builds.push({ ...synthetic, events: syntheticEvents });
  console.log(
    `  ${synthetic.seconds.toFixed(1)} s + ${synthetic.compressSeconds.toFixed(1)} s compression, ${synthetic.pages} pages`,
  );
}

const node = process.version;
const cpu = cpus()[0]?.model ?? "unknown CPU";
const date = new Date().toISOString().slice(0, 10);
const lines = [
  "## Web",
  "",
  `Measured ${date} on ${cpus().length} cores (${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${node}, ` +
    `Next 16.4.6 (Turbopack), Debian Chromium. Reproduce: \`npx -y pnpm@10.34.9 --filter @parley/web bench\` after a build.`,
  "",
  `### Client JavaScript per route, as served (budget ${BUDGET_KB} KB for content pages)`,
  "",
  "What a browser downloads before the page can run: the scripts its HTML loads up front (`<script src>`, " +
    "without the `noModule` polyfills modern browsers skip), counted as the bytes `serve` sends, i.e. " +
    "the sizes of the precompressed `.br` copies (for browsers that accept brotli, which all current ones do: " +
    "the budget column) and of the `.gz` copies (for clients without brotli), " +
    "or of the file itself where no copy exists. Shared scripts are precompressed at brotli 11 and gzip 9 " +
    "(`scripts/compress.mjs`). The inline RSC payload travels inside the HTML; " +
    "its share is estimated apart as the inline scripts alone compressed at the HTML's brotli 5. KB = 1,024 bytes. " +
    "The budget is set for content pages; the timeline, network and search pages, which carry their controls, " +
    "are held to it too.",
  "",
  "| page type | route | scripts, brotli (KB) | within budget | scripts, gzip (KB) | inline payload, brotli (KB) |",
  "|---|---|---:|:---:|---:|---:|",
  ...js.map(
    (r) =>
      `| ${r.type} | \`${r.route}\` | ${kb(r.br)} | ${r.br / 1024 <= BUDGET_KB ? "yes" : "no"} | ${kb(r.gzip)} | ${kb(r.inlineBr)} |`,
  ),
  "",
  `Loaded only when used (brotli / gzip / raw): the search dialog and engine (every chunk the pages load on ` +
    `first search) ${kb(searchChunk.br)} / ${kb(searchChunk.gzip)} / ${kb(searchChunk.raw)} KB and the search ` +
    `index ${kb(lazy.searchIndex.br)} / ${kb(lazy.searchIndex.gzip)} / ${kb(lazy.searchIndex.raw)} KB, ` +
    `fetched on first search; the timeline's event list ${kb(lazy.timelineJson.br)} / ` +
    `${kb(lazy.timelineJson.gzip)} / ${kb(lazy.timelineJson.raw)} KB, fetched when a filter is first set.`,
  "",
];
if (lighthouse.length > 0) {
  lines.push(
    "### Lighthouse 12.8 (mobile emulation, simulated throttling, export served on 127.0.0.1)",
    "",
    "Targets: performance ≥ 95, accessibility 100, best practices ≥ 95, SEO ≥ 95, CLS 0.",
    "",
    "| page | performance | accessibility | best practices | SEO | CLS | LCP (ms) | TBT (ms) |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...lighthouse.map(
      (l) =>
        `| ${l.url} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ` +
        `${l.seo} | ${Number(l.cls.toFixed(3))} | ${l.lcpMs} | ${l.tbtMs} |`,
    ),
    "",
  );
}
const [a, b] = builds;
if (a && b) {
  lines.push(
    "### Build time (`next build`, static export, 1 build worker as Next picks on 2 cores)",
    "",
    "| dataset | events | pages | next build (s) | pages per second | precompression (s) |",
    "|---|---:|---:|---:|---:|---:|",
    ...builds.map(
      (x) =>
        `| ${x.name === "out-shipped" ? "shipped" : "synthetic (generateDataset, seed 1)"} | ${x.events} | ${x.pages ?? "?"} | ` +
        `${x.seconds.toFixed(1)} | ${x.pages ? (x.pages / x.seconds).toFixed(0) : "?"} | ${x.compressSeconds.toFixed(1)} |`,
    ),
    "",
    `Growth: ${(b.events / a.events).toFixed(0)}× the events and ` +
      `${a.pages && b.pages ? `${(b.pages / a.pages).toFixed(1)}× the pages` : "more pages"} ` +
      `took ${(b.seconds / a.seconds).toFixed(1)}× the build time. ` +
      `Load average during the run: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(", ")} (other work on the machine makes these numbers noisy).`,
    "",
  );
}
const previous = existsSync(join(ROOT, "BENCHMARKS.md"))
  ? readFileSync(join(ROOT, "BENCHMARKS.md"), "utf8")
  : "# Benchmarks\n";
const webStart = previous.search(/^## Web\s*$/m);
// The section ends at the next "## " heading or at another section's start marker (e.g. `<!-- core:start -->`).
const afterWeb = webStart === -1 ? -1 : previous.slice(webStart + 1).search(/^(## (?!#)|<!-- [\w-]+:start -->)/m);
const oldSection =
  webStart === -1 ? "" : afterWeb === -1 ? previous.slice(webStart) : previous.slice(webStart, webStart + 1 + afterWeb);
/** A "### " subsection of the old Web section, to keep when this run skipped it (and the hand-written notes). */
const oldSubsection = (/** @type {string} */ heading) => {
  const at = oldSection.indexOf(`### ${heading}`);
  if (at === -1) return "";
  const end = oldSection.slice(at + 4).search(/^### /m);
  return (end === -1 ? oldSection.slice(at) : oldSection.slice(at, at + 4 + end)).trimEnd() + "\n\n";
};
const kept = [
  lighthouse.length === 0 ? oldSubsection("Lighthouse") : "",
  builds.length === 0 ? oldSubsection("Build time") : "",
  oldSubsection("Notes"),
].join("");
const section = `${lines.join("\n")}\n${kept}`.trimEnd() + "\n";
const before = webStart === -1 ? `${previous.trimEnd()}\n\n` : previous.slice(0, webStart);
const after = webStart === -1 || afterWeb === -1 ? "" : `\n${previous.slice(webStart + 1 + afterWeb)}`;
writeFileSync(join(ROOT, "BENCHMARKS.md"), `${before}${section}${after}`);
console.log("Wrote the Web section of BENCHMARKS.md");
