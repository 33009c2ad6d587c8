import type { Detail, Line } from "./index.js";

function lineText(line: Line): string {
  const pad = " ".repeat("indent" in line && line.indent ? line.indent : 0);
  switch (line.type) {
    case "heading":
      return `\n${line.text}`;
    case "field":
      return `${line.label}: ${line.value}`;
    case "text":
      return `${pad}${line.text}${line.note !== undefined ? ` ${line.note}` : ""}`;
    case "link":
      return `${pad}${line.text}${line.note !== undefined ? ` ${line.note}` : ""}  [${line.id}]`;
    case "url":
      return `${pad}${line.label ? `${line.label}: ` : ""}${line.url}`;
  }
}

/**
 * A detail view as plain text: title, kind and id, then every line; linked records show their id in brackets. A note
 * (English standing in for a translation) follows its text.
 */
export function detailText(detail: Detail): string {
  const title = `${detail.title}${detail.titleNote !== undefined ? ` ${detail.titleNote}` : ""}`;
  return `${[title, `${detail.subtitle}`, `id: ${detail.id}`, "", ...detail.lines.map(lineText)].join("\n")}\n`;
}
