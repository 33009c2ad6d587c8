import { existsSync } from "node:fs";
import { join } from "node:path";
import { dataset } from "@parley/core/shipped";
import { describe, expect, test } from "vitest";
import { pageKinds, pathFor, type PageKind } from "@/lib/paths";
import { OUT_DIR } from "../../scripts/staticServer.mjs";
import { checkLinks } from "../support/checkLinks";

describe("the static export's links", () => {
  test("no internal link or anchor on any page is broken", () => {
    const { pages, links, broken } = checkLinks(OUT_DIR);
    expect(pages).toBeGreaterThan(100);
    expect(links).toBeGreaterThan(1000);
    expect(broken.slice(0, 20)).toEqual([]);
  });

  test("every record of a kind with pages has its page", () => {
    const missing: string[] = [];
    for (const kind of Object.keys(pageKinds) as PageKind[]) {
      for (const record of dataset[kind] as readonly { id: string }[]) {
        const path = pathFor(kind, record.id);
        if (!existsSync(join(OUT_DIR, path, "index.html"))) missing.push(path);
      }
    }
    expect(missing).toEqual([]);
  });
});
