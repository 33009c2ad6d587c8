import type { NextConfig } from "next";
import { fileURLToPath } from "node:url";

/**
 * A static export: every page is HTML written at build time from the dataset.
 * `PARLEY_DATASET` builds from another dataset file or data folder; `PARLEY_OUT_DIR` writes the export elsewhere (benchmarks).
 */
const config: NextConfig = {
  output: "export",
  trailingSlash: true,
  reactStrictMode: true,
  images: { unoptimized: true },
  ...(process.env.PARLEY_OUT_DIR ? { distDir: process.env.PARLEY_OUT_DIR } : {}),
  turbopack: { root: fileURLToPath(new URL("../..", import.meta.url)) },
};

export default config;
