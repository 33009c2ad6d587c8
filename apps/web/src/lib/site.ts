/** Facts about the site itself, with deployment settings read from the environment at build time. */
export const site = {
  name: "Parley",
  tagline: "Vietnam–Russia relations, source by source",
  description:
    "Parley is a source-cited knowledge base of Vietnam–Russia relations, centred on parliamentary diplomacy: " +
    "who met whom, when, where, in which office, about what, and which source says so.",
  /** The public address the export is deployed at (for the sitemap and Open Graph); `PARLEY_SITE_URL` overrides it. */
  url: (process.env.PARLEY_SITE_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, ""),
  /** Where corrections go: a GitHub "new issue" URL (`PARLEY_ISSUES_URL`) or else an e-mail address (`PARLEY_CORRECTIONS_EMAIL`). */
  issuesUrl: process.env.PARLEY_ISSUES_URL ?? null,
  correctionsEmail: process.env.PARLEY_CORRECTIONS_EMAIL ?? "corrections@parley.example",
} as const;

/** An absolute URL on the site for a path (`/events/x/` → `https://…/events/x/`). */
export function absoluteUrl(path: string): string {
  return `${site.url}${path.startsWith("/") ? path : `/${path}`}`;
}
