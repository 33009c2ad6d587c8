import type { ReactNode } from "react";

/** A column heading of a `DataTable`: its text, or the text and whether the column holds numbers (aligned right). */
export type DataColumn = string | { label: string; numeric: true };

/** One row of a `DataTable`, with one cell per column. */
export interface DataRow {
  /** Unique among the table's rows. */
  key: string;
  /** The row's element id, for links to it (e.g. `term-…`). */
  id?: string;
  /** What each cell shows, in column order, exactly one per column; the first names the row's record and is the row's heading. */
  cells: readonly ReactNode[];
}

/** The text of a column heading. */
export function columnLabel(column: DataColumn): string {
  return typeof column === "string" ? column : column.label;
}

const numClass = (column: DataColumn): string | undefined => (typeof column === "string" ? undefined : "num");

/**
 * A table of records: a header row of column headings, then one row per record, its first cell the row's heading.
 * Wide screens show an ordinary table; narrow ones (globals.css, max-width 40rem) show each row as a block, the
 * first cell as its heading line and every other cell on a line led by its column heading ("Role: Head of delegation").
 *
 * Accessibility:
 * - The stacked layout sets `display: block` on table elements, which makes Safari/VoiceOver (and Chromium in some
 *   cases) stop treating them as a table. The explicit roles (`table`, `rowgroup`, `row`, `columnheader`,
 *   `rowheader`, `cell`) keep them one, so every cell is still announced with its column heading. They are
 *   redundant at wide widths, where they do no harm.
 * - The visible labels come from each cell's `data-label`, drawn with CSS `::before`. Chromium puts CSS generated
 *   content into a cell's accessible name (so the label would be read twice: once as the column heading, once as
 *   text); the stylesheet therefore gives the generated text an empty alternative (`content: … / ""`), which
 *   removes it from the accessibility tree. Browsers without that syntax keep the first `content` declaration and
 *   read the label twice, which is redundant but never wrong. A real `aria-hidden` span in every cell would do the
 *   same, but adds markup to every cell at every width for a narrow-screen decoration; the e2e tests read
 *   Chromium's accessibility tree to check the names stay clean.
 */
export function DataTable({
  columns,
  rows,
  caption,
}: {
  columns: readonly DataColumn[];
  rows: readonly DataRow[];
  caption?: string;
}) {
  // Every page is rendered at build time, so a row with the wrong number of cells stops the build instead of shifting
  // its cells under the wrong headings.
  const uneven = rows.find((row) => row.cells.length !== columns.length);
  if (uneven)
    throw new Error(`DataTable row "${uneven.key}" has ${uneven.cells.length} cells for ${columns.length} columns`);
  return (
    <div className="table-wrap">
      <table className="data-table" role="table">
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead role="rowgroup">
          <tr role="row">
            {columns.map((column) => (
              <th key={columnLabel(column)} scope="col" role="columnheader" className={numClass(column)}>
                {columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.key} id={row.id} role="row">
              {columns.map((column, i) => {
                const content = row.cells[i];
                return i === 0 ? (
                  <th key={i} scope="row" role="rowheader" className={numClass(column)}>
                    {content}
                  </th>
                ) : (
                  <td key={i} role="cell" data-label={columnLabel(column)} className={numClass(column)}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
