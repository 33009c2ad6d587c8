import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { entityRoute } from "@/routes/entityRoute";
import { getParley } from "@/data/getParley";
import { englishPage } from "@/site/routeExports";

const sources = englishPage(
  entityRoute({
    kind: "sources",
    lookup: (parley, id) => parley.getSource(id),
    title: (s) => s.title,
    description: (s) => s.title,
    render: (_, s) => <p>{s.title}</p>,
  }),
);
const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe("redirect pages", () => {
  test("every old id of a source has a static page beside the live ones", () => {
    const ids = sources.generateStaticParams().map((p) => p.id);
    const moved = getParley().dataset.redirects.filter((r) => getParley().kindOf(r.to) === "sources");
    expect(moved.length).toBeGreaterThan(0);
    for (const r of moved) expect(ids).toContain(r.from);
    expect(ids).toContain(moved[0]!.to);
  });

  test("an old id's page refreshes to the new page, names it canonical and links to it visibly", async () => {
    const html = renderToStaticMarkup(await sources.Page(params("vufo-page28")));
    expect(html).toContain('http-equiv="refresh" content="0; url=/sources/vietnamplus-283263/"');
    expect(html).toContain('href="/sources/vietnamplus-283263/"');
    expect(html).toContain("has moved");
    const metadata = await sources.generateMetadata(params("vufo-page28"));
    expect(metadata.alternates?.canonical).toBe("/sources/vietnamplus-283263/");
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });
});
