import { fold } from "../text/fold.js";

/** Turns any text into an id-shaped slug: folded, with runs of other characters as single hyphens. */
export function slugify(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/gu, "-")
      .replace(/^-+|-+$/gu, "") || "x"
  );
}

/** Hands out ids unique across the whole dataset: the slug itself, else the slug with `-2`, `-3`… */
export class SyntheticIds {
  private readonly used = new Set<string>();
  private readonly next = new Map<string, number>();

  /** A fresh id from an already slug-shaped base. */
  take(base: string): string {
    if (!this.used.has(base)) {
      this.used.add(base);
      return base;
    }
    let n = this.next.get(base) ?? 2;
    while (this.used.has(`${base}-${n}`)) n++;
    this.next.set(base, n + 1);
    const id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
