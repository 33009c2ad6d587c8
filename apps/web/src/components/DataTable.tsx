import type { ReactNode } from "react";

/** A column heading of a `DataTable`: its text, or the text and whether the column holds numbers (aligned right). */
export type DataColumn = string | { label: string; numeric: true };

/** A table that scrolls sideways on narrow screens: a header row of column headings, then its rows (the children). */
export function DataTable({ columns, caption, children }: { columns: readonly DataColumn[]; caption?: string; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table>
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === "string" ? (
                <th key={column} scope="col">
                  {column}
                </th>
              ) : (
                <th key={column.label} scope="col" className="num">
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
