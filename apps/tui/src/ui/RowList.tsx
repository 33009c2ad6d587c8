import { Box, Text } from "ink";
import { memo } from "react";
import { cutLine } from "../format/text.js";
import type { Row, RowSource, Tone } from "../rows/rowSources.js";
import { useTheme, type Theme } from "./theme.js";

export interface RowListProps {
  source: RowSource;
  /** The selected row, or -1 for none. */
  cursor: number;
  /** The first row shown. */
  offset: number;
  height: number;
  width: number;
}

function style(
  tone: Tone,
  theme: Theme,
): { color?: string | undefined; bold?: boolean; dimColor?: boolean; italic?: boolean } {
  switch (tone) {
    case "title":
      return { color: theme.accent, bold: true };
    case "heading":
      return { color: theme.heading, bold: true };
    case "dim":
      return { dimColor: true };
    case "warn":
      return { color: theme.warn, bold: !theme.colour };
    case "quote":
      return { italic: true };
    case "link":
      return { color: theme.link };
    case "url":
      return { color: theme.dim, dimColor: !theme.colour };
    case "text":
      return {};
  }
}

/** One row; re-rendered only when what it shows changes (rows are often rebuilt as equal objects). */
const RowLine = memo(
  RowLineView,
  (a, b) =>
    a.selected === b.selected &&
    a.width === b.width &&
    a.row.text === b.row.text &&
    a.row.tone === b.row.tone &&
    a.row.indent === b.row.indent &&
    a.row.note === b.row.note,
);

function RowLineView({ row, selected, width }: { row: Row; selected: boolean; width: number }) {
  const theme = useTheme();
  const marker = selected ? "›" : " ";
  const pad = " ".repeat(row.indent ?? 0);
  // A note stays whole: the text before it is cut instead, with "…" as Ink cuts any row.
  const note = row.note === undefined ? "" : ` ${row.note}`;
  const text =
    note === "" ? row.text : cutLine(row.text, Math.max(1, width - 1 - pad.length - Array.from(note).length));
  return (
    <Text wrap="truncate-end">
      {marker}
      {pad}
      <Text {...style(row.tone, theme)} inverse={selected}>
        {text === "" && selected ? " " : text}
      </Text>
      {note === "" ? null : <Text dimColor>{note}</Text>}
    </Text>
  );
}

/** A window onto rows: only the `height` rows from `offset` are built and rendered (virtualized), each cut to one line. */
export function RowList({ source, cursor, offset, height, width }: RowListProps) {
  const end = Math.min(source.count, offset + height);
  const lines = [];
  for (let i = offset; i < end; i++)
    lines.push(<RowLine key={i} row={source.row(i)} selected={i === cursor} width={width} />);
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      {lines}
    </Box>
  );
}
