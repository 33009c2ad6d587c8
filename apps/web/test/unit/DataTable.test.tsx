// @vitest-environment happy-dom
import { createParley } from "@parley/core";
import { dataset } from "@parley/core/shipped";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { DataTable, type DataColumn, type DataRow } from "@/components/DataTable";
import { EventView } from "@/views/EventView";

const parse = (html: string): Document => new DOMParser().parseFromString(html, "text/html");

const columns: DataColumn[] = ["Person", "Role", { label: "Shared events", numeric: true }];
const rows: DataRow[] = [
  {
    key: "volodin",
    id: "row-volodin",
    cells: [<a href="/people/vyacheslav-volodin/">Vyacheslav Volodin</a>, "Guest", 12],
  },
  { key: "hue", cells: ["Vuong Dinh Hue", "Host", 7] },
];
const table = parse(renderToStaticMarkup(<DataTable columns={columns} rows={rows} caption="Who came" />));

describe("DataTable", () => {
  test("gives every cell after the first its column heading as data-label", () => {
    const labels = [...table.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.getAttribute("data-label")),
    );
    expect(labels).toEqual([
      ["Role", "Shared events"],
      ["Role", "Shared events"],
    ]);
  });

  test("makes the first cell of each row its heading, without a label", () => {
    const heads = [...table.querySelectorAll("tbody th")];
    expect(heads.map((th) => th.textContent)).toEqual(["Vyacheslav Volodin", "Vuong Dinh Hue"]);
    expect(
      heads.map((th) => [th.getAttribute("scope"), th.getAttribute("role"), th.hasAttribute("data-label")]),
    ).toEqual([
      ["row", "rowheader", false],
      ["row", "rowheader", false],
    ]);
  });

  test("puts each cell's content under its own column and keeps the row's id", () => {
    const first = table.querySelector("#row-volodin");
    expect([...first!.children].map((c) => c.textContent)).toEqual(["Vyacheslav Volodin", "Guest", "12"]);
    expect(first!.querySelector('a[href="/people/vyacheslav-volodin/"]')).not.toBeNull();
  });

  test("states the table roles explicitly, so stacking the rows on narrow screens keeps them a table", () => {
    expect(table.querySelector("table")!.getAttribute("role")).toBe("table");
    expect([...table.querySelectorAll("thead, tbody")].map((g) => g.getAttribute("role"))).toEqual([
      "rowgroup",
      "rowgroup",
    ]);
    expect([...table.querySelectorAll("tr")].every((tr) => tr.getAttribute("role") === "row")).toBe(true);
    expect([...table.querySelectorAll("thead th")].map((th) => th.getAttribute("role"))).toEqual([
      "columnheader",
      "columnheader",
      "columnheader",
    ]);
    expect([...table.querySelectorAll("td")].every((td) => td.getAttribute("role") === "cell")).toBe(true);
  });

  test("aligns a numeric column's cells right, like its heading", () => {
    const classes = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((cell) => cell.className));
    expect(classes).toEqual([
      ["", "", "num"],
      ["", "", "num"],
    ]);
  });

  test("refuses a row whose cells do not match the columns, naming the row", () => {
    expect(() =>
      renderToStaticMarkup(<DataTable columns={columns} rows={[{ key: "short", cells: ["Only a name", "Guest"] }]} />),
    ).toThrow(/row "short" has 2 cells for 3 columns/);
  });
});

describe("the tables that use DataTable", () => {
  test("an event's participants carry their column headings to every cell", () => {
    const parley = createParley(dataset);
    const event = parley.getEvent("2023-10-volodin-visit-vietnam");
    if (!event.ok) throw new Error(event.error.message);
    const page = parse(renderToStaticMarkup(<EventView parley={parley} event={event.value} language="en" />));
    const participants = page.querySelector('table[role="table"] caption')!.closest("table")!;
    const volodin = [...participants.querySelectorAll("tbody tr")].find((tr) =>
      tr.querySelector("th")?.textContent?.includes("Vyacheslav Volodin"),
    )!;
    const byLabel = Object.fromEntries(
      [...volodin.querySelectorAll("td")].map((td) => [td.getAttribute("data-label"), td.textContent]),
    );
    expect(Object.keys(byLabel)).toEqual(["Role", "Posts held that day", "Sources"]);
    expect(byLabel["Posts held that day"]).toContain("Chairman of the State Duma");
  });
});
