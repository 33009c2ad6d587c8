import type { NextConfig } from "next";
import { fileURLToPath } from "node:url";

/** A static export: every page is HTML written at build time from the dataset. */
const config: NextConfig = {
  output: "export",
  trailingSlash: true,
  reactStrictMode: true,
  images: { unoptimized: true },
  turbopack: { root: fileURLToPath(new URL("../..", import.meta.url)) },
};

export default config;
