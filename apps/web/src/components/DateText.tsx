import type { Language } from "@parley/core";
import { dateTimeAttribute, formatEdtf } from "@/lib/formatEdtf";

/** A date at its true precision, in words in the page's language, with a machine-readable `<time>` where it has a known day. */
export function DateText({ date, language }: { date: string | null | undefined; language: Language }) {
  const text = formatEdtf(date, language);
  const machine = dateTimeAttribute(date);
  return machine ? <time dateTime={machine}>{text}</time> : <span>{text}</span>;
}
