import { dateBounds, type DateBounds } from "@parley/core";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

interface Day {
  y: string;
  m: string;
  d: number;
}

function split(iso: string): Day {
  // `iso` is a day from dateBounds (`YYYY-MM-DD`, a leading minus for years BCE).
  const m = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return { y: iso, m: "", d: 0 };
  return { y: String(Number(m[1])), m: MONTHS[Number(m[2]) - 1] ?? m[2]!, d: Number(m[3]) };
}

function one(iso: string, precision: DateBounds["precision"]): string {
  const { y, m, d } = split(iso);
  if (precision === "year") return y;
  if (precision === "month") return `${m} ${y}`;
  return `${d} ${m} ${y}`;
}

function span(from: string, to: string, precision: DateBounds["precision"]): string {
  const a = split(from);
  const b = split(to);
  if (precision === "year") return a.y === b.y ? a.y : `${a.y}–${b.y}`;
  if (precision === "month") {
    if (a.y !== b.y) return `${a.m} ${a.y} – ${b.m} ${b.y}`;
    return a.m === b.m ? `${a.m} ${a.y}` : `${a.m}–${b.m} ${a.y}`;
  }
  if (a.y !== b.y) return `${a.d} ${a.m} ${a.y} – ${b.d} ${b.m} ${b.y}`;
  if (a.m !== b.m) return `${a.d} ${a.m} – ${b.d} ${b.m} ${a.y}`;
  return a.d === b.d ? `${a.d} ${a.m} ${a.y}` : `${a.d}–${b.d} ${a.m} ${a.y}`;
}

/**
 * An EDTF date for people, at the precision it is known: "16 Oct 2023", "Oct 2023", "15–16 Oct 2023",
 * "on or before 28 Sep 2025", "c. 2023", "2023?". Uses core's `dateBounds`; text it cannot read is returned as is.
 */
export function formatDate(edtf: string | null | undefined): string {
  if (edtf === null || edtf === undefined || edtf === "") return "date unknown";
  const b = dateBounds(edtf);
  if (!b) return edtf;
  let text: string;
  if (b.earliest === null && b.latest !== null) text = `on or before ${one(b.latest, b.precision)}`;
  else if (b.latest === null && b.earliest !== null) text = `on or after ${one(b.earliest, b.precision)}`;
  else if (b.earliest !== null && b.latest !== null)
    text = b.interval ? span(b.earliest, b.latest, b.precision) : one(b.earliest, b.precision);
  else return edtf;
  if (b.approximate) text = `c. ${text}`;
  if (b.uncertain) text = `${text}?`;
  return text;
}
