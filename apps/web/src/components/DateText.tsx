import { dateTimeAttribute, formatEdtf } from "@/lib/formatEdtf";

/** A date at its true precision, in words, with a machine-readable `<time>` where it has a known day. */
export function DateText({ date }: { date: string | null | undefined }) {
  const text = formatEdtf(date);
  const machine = dateTimeAttribute(date);
  return machine ? <time dateTime={machine}>{text}</time> : <span>{text}</span>;
}
