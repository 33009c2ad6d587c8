import { parquetWriteBuffer } from "hyparquet-writer";
import type { SchemaElement } from "hyparquet";
import type { DeepReadonly } from "../deepFreeze.js";
import type { Dataset } from "../schema/Dataset.js";
import { parquetTables, type ParquetColumn, type ParquetTable } from "./parquetTables.js";

/** One Parquet file of the export: the table it holds and its bytes. */
export interface ParquetFile {
  table: ParquetTable;
  bytes: Uint8Array<ArrayBuffer>;
}

/** The schema elements of one column: a leaf, or for a list of texts Parquet's three-level LIST group. */
function schemaOf(column: ParquetColumn): SchemaElement[] {
  const repetition_type = column.nullable ? "OPTIONAL" : "REQUIRED";
  const name = column.name;
  switch (column.type) {
    case "string":
      return [{ name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type }];
    case "int":
      return [{ name, type: "INT32", repetition_type }];
    case "boolean":
      return [{ name, type: "BOOLEAN", repetition_type }];
    case "date":
      return [{ name, type: "INT32", converted_type: "DATE", repetition_type }];
    case "strings":
      return [
        { name, converted_type: "LIST", repetition_type, num_children: 1 },
        { name: "list", repetition_type: "REPEATED", num_children: 1 },
        { name: "element", type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "REQUIRED" },
      ];
  }
}

/** A column's values as the writer takes them: days as `Date`s at midnight UTC, lists as plain arrays. */
function valuesOf(column: ParquetColumn): unknown[] {
  if (column.type === "date")
    return column.values.map((day) => (day === null ? null : new Date(Date.parse(`${String(day)}T00:00:00Z`))));
  if (column.type === "strings") return column.values.map((list) => (list === null ? null : [...(list as string[])]));
  return column.values;
}

/**
 * The events, participants, memberships and citations tables (see `parquetTables`) as Parquet files, written by
 * hyparquet-writer with Snappy compression, each carrying the dataset's version, citation and licence as key-value
 * metadata. Pure JavaScript with no Node modules, so it runs in browsers too.
 */
export function toParquet(dataset: DeepReadonly<Dataset>): ParquetFile[] {
  const kvMetadata = [
    { key: "parley.version", value: dataset.version },
    { key: "parley.citation", value: dataset.citation },
    { key: "parley.license", value: dataset.license },
  ];
  return parquetTables(dataset).map((table) => {
    const schema: SchemaElement[] = [
      { name: "root", num_children: table.columns.length },
      ...table.columns.flatMap(schemaOf),
    ];
    const columnData = table.columns.map((column) => ({ name: column.name, data: valuesOf(column) }));
    const buffer = parquetWriteBuffer({ columnData, schema, kvMetadata });
    return { table, bytes: new Uint8Array(buffer) };
  });
}
