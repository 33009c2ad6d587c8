// @ts-check
// The three-language budgets, measured side by side with a baseline build of the site before the translations (a
// worktree of an earlier commit) and a bare page of the same Next setup (bench/floor): client JavaScript per route,
// Lighthouse per language against the floor and against the English pages with their scripts taken out, and build
// time. Prints a Markdown section for BENCHMARKS.md. Usage:
//   node bench/languages.mjs --baseline <path to the earlier apps/web> [--rounds 2] [--skip-build] [--skip-lighthouse]
// Both exports must be built first (`pnpm build` here and in the baseline); the floor is built here.
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { OUT_DIR, startStaticServer } from "../scripts/staticServer.mjs";
import { benchRoutes } from "./benchRoutes.mjs";
import { jsOfRoute } from "./jsPerRoute.mjs";
import { lighthouseRun } from "./lighthouseRun.mjs";
import { scriptlessTwin } from "./scriptlessTwin.mjs";

const APP = resolve(import.meta.dirname, "..");
const FLOOR = resolve(import.meta.dirname, "floor");
const args = process.argv.slice(2);
const option = (/** @type {string} */ name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const baselineApp = option("--baseline");
const rounds = Number(option("--rounds") ?? 2);
if (!baselineApp || !existsSync(join(baselineApp, "out", "index.html"))) {
  console.error("bench: --baseline must name an earlier apps/web with its export built (out/index.html)");
  process.exit(2);
}
const baselineOut = join(resolve(baselineApp), "out");
const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (/** @type {number} */ i) => s[i] ?? NaN;
  return s.length % 2 ? at((s.length - 1) / 2) : (at(s.length / 2 - 1) + at(s.length / 2)) / 2;
};

/** Runs a command to the end and gives its wall time in seconds. */
function timed(/** @type {string} */ command, /** @type {string[]} */ argv, /** @type {string} */ cwd) {
  const started = process.hrtime.bigint();
  return new Promise((done, fail) => {
    const child = spawn(command, argv, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore" });
    child.on("error", fail);
    child.on("close", (code) =>
      code === 0 ? done(Number(process.hrtime.bigint() - started) / 1e9) : fail(new Error(`${command} exit ${code}`)),
    );
  });
}

const lines = [
  `## Three languages: budgets against the site before them (${new Date().toISOString().slice(0, 10)})`,
  "",
];
lines.push(
  `Measured on ${cpus().length} cores (${cpus()[0]?.model ?? "unknown CPU"}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, ` +
    `Node ${process.version}, load ${loadavg()[0]?.toFixed(2)} at the start. Baseline: the export of \`${baselineApp}\`. ` +
    "Reproduce: `node bench/languages.mjs --baseline <earlier apps/web>` after building both.",
  "",
);

// 1. Client JavaScript per route: the English route before, and the same route in each language now.
/** The measured routes: the page types a reader meets most, from the shared bench list. */
const routes = benchRoutes.filter(([type]) =>
  [
    "home",
    "timeline",
    "event",
    "person",
    "organization",
    "source",
    "events index",
    "network",
    "search",
    "data",
    "methodology",
  ].includes(type),
);
lines.push(
  "### Client JavaScript per route (brotli, as served; budget: within 2 KB of before)",
  "",
  "| Route | Before | English | Vietnamese | Russian | Largest change |",
  "|---|---:|---:|---:|---:|---:|",
);
for (const [type, route] of routes) {
  const before = jsOfRoute(baselineOut, route).br;
  const now = ["", "/vi", "/ru"].map((prefix) => jsOfRoute(OUT_DIR, `${prefix}${route}`).br);
  // The change farthest from before, signed; only growth past 2 KB breaks the budget (bold).
  const change = now.map((n) => n - before).reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a), 0);
  const over = change > 2048 ? "**" : "";
  lines.push(
    `| ${type} | ${kb(before)} KB | ${now.map((n) => `${kb(n)} KB`).join(" | ")} | ` +
      `${over}${(change >= 0 ? "+" : "−") + kb(Math.abs(change))} KB${over} |`,
  );
}
lines.push("");
console.log(lines.join("\n"));

/**
 * The targets in a different order each round (the round's own rotation, every other round reversed), so no page
 * always follows the same one: a run right after a heavy page can inherit its tail of work.
 * @template T
 * @param {T[]} items
 * @param {number} round
 * @returns {T[]}
 */
function rotated(items, round) {
  const shift = (round * 5) % items.length;
  const turned = [...items.slice(shift), ...items.slice(0, shift)];
  return round % 2 === 1 ? turned.reverse() : turned;
}

// 2. Lighthouse: each language's pages and the floor, taking turns, `rounds` times.
if (!args.includes("--skip-lighthouse")) {
  const floorOut = join(FLOOR, "out");
  console.error("building the floor …");
  await timed(resolve(APP, "node_modules", ".bin", "next"), ["build", FLOOR], APP);
  /** @type {[string, string][]} */
  const pages = [
    ["home", "/"],
    ["event", "/events/2023-10-volodin-visit-vietnam/"],
    ["timeline", "/timeline/"],
  ];
  // The English pages without their scripts: the content's own cost, which no script work can take away.
  const scriptlessOut = scriptlessTwin(
    OUT_DIR,
    pages.map(([, route]) => route),
  );
  const site = await startStaticServer({ port: 0 });
  const floor = await startStaticServer({ port: 0, dir: floorOut });
  const before = await startStaticServer({ port: 0, dir: baselineOut });
  const scriptless = await startStaticServer({ port: 0, dir: scriptlessOut });
  /** @type {Map<string, Awaited<ReturnType<typeof lighthouseRun>>[]>} */
  const runs = new Map();
  /** @type {[string, string][]} */
  const targets = [
    ["floor", new URL("/", floor.url).toString()],
    // The same pages of the site before the translations, so a change can be told from what was there already.
    ...pages.map(
      ([type, route]) => /** @type {[string, string]} */ ([`before ${type}`, new URL(route, before.url).toString()]),
    ),
    ...pages.map(
      ([type, route]) =>
        /** @type {[string, string]} */ ([`scriptless ${type}`, new URL(route, scriptless.url).toString()]),
    ),
    ...["", "/vi", "/ru"].flatMap((prefix) =>
      pages.map(
        ([type, route]) =>
          /** @type {[string, string]} */ ([
            `${prefix || "/en"} ${type}`,
            new URL(`${prefix}${route}`, site.url).toString(),
          ]),
      ),
    ),
  ];
  try {
    for (let round = 0; round < rounds; round++)
      for (const [name, url] of rotated(targets, round)) {
        console.error(`lighthouse ${name} (round ${round + 1}) …`);
        const result = await lighthouseRun(url);
        runs.set(name, [...(runs.get(name) ?? []), result]);
      }
  } finally {
    await site.close();
    await floor.close();
    await before.close();
    await scriptless.close();
    rmSync(scriptlessOut, { recursive: true, force: true });
  }
  const floorTbt = median((runs.get("floor") ?? []).map((r) => r.tbtMs));
  const floorPerf = median((runs.get("floor") ?? []).map((r) => r.performance));
  lines.push(
    `### Lighthouse per language against the floor (mobile, medians of ${rounds} runs taking turns)`,
    "",
    "| Page | Performance | TBT | TBT ÷ floor | TBT ÷ before | Accessibility | CLS |",
    "|---|---:|---:|---:|---:|---:|---:|",
  );
  const medianTbt = (/** @type {string} */ name) => median((runs.get(name) ?? []).map((r) => r.tbtMs));
  for (const [name, results] of runs) {
    const tbt = medianTbt(name);
    const type = name.split(" ")[1] ?? "";
    const beforeTbt = /^(floor|before|scriptless)/u.test(name) ? NaN : medianTbt(`before ${type}`);
    const ratio = (/** @type {number} */ base) => (base > 0 ? (tbt / base).toFixed(2) : Number.isNaN(base) ? "" : "—");
    lines.push(
      `| ${name} | ${median(results.map((r) => r.performance))} | ${tbt} ms | ` +
        `${name === "floor" ? "1" : ratio(floorTbt)} | ${ratio(beforeTbt)} | ` +
        `${Math.min(...results.map((r) => r.accessibility))} | ${Math.max(...results.map((r) => r.cls))} |`,
    );
  }
  lines.push("", `Floor: performance ${floorPerf}, TBT ${floorTbt} ms.`, "");
  // A page's blocking time less its scriptless twin's is what its scripts cost (the framework and hydrating the page);
  // the floor is what the framework alone costs, so their ratio tells script work from the content's own layout.
  const added = pages.map(([type]) => {
    const scripts = medianTbt(`/en ${type}`) - medianTbt(`scriptless ${type}`);
    return `${type} ${scripts} ms (${floorTbt > 0 ? (scripts / floorTbt).toFixed(2) : "—"}× the floor)`;
  });
  lines.push(`What the scripts add to an English page (its TBT less its scriptless twin's): ${added.join(", ")}.`, "");
  console.log(lines.slice(-runs.size - 8).join("\n"));
}

// 3. Build time: the baseline and this site built in turns, `rounds` times each, into their own .bench folders.
if (!args.includes("--skip-build")) {
  /** @type {{ before: number[], now: number[] }} */
  const times = { before: [], now: [] };
  const build = (/** @type {string} */ app) => timed(resolve(app, "node_modules", ".bin", "next"), ["build"], app);
  for (let round = 0; round < rounds; round++) {
    console.error(`build round ${round + 1}: before …`);
    times.before.push(await build(resolve(baselineApp)));
    console.error(`build round ${round + 1}: now …`);
    times.now.push(await build(APP));
  }
  const ratio = median(times.now) / median(times.before);
  lines.push(
    "### Build time (`next build`, taking turns; budget: at most 3.3× before)",
    "",
    `Before: ${times.before.map((s) => s.toFixed(1)).join(", ")} s (median ${median(times.before).toFixed(1)} s). ` +
      `Three languages: ${times.now.map((s) => s.toFixed(1)).join(", ")} s (median ${median(times.now).toFixed(1)} s). ` +
      `Ratio ${ratio.toFixed(2)}×.`,
    "",
  );
  console.log(lines.slice(-3).join("\n"));
}
console.log("\n---\n" + lines.join("\n"));
