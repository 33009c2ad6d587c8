/** A recognised span as the draft gives it: what it names and where it sits in the text. */
export interface MarkSpan {
  kind: string;
  id: string | null;
  start: number;
  end: number;
}

/** A piece of the text: plain, or one recognised span. */
export type Segment = { text: string; span?: undefined } | { text: string; span: MarkSpan };

/**
 * The text cut into plain pieces and marked spans, in order. Spans that overlap an earlier one or
 * fall outside the text are left unmarked, so every character appears exactly once.
 */
export function markSegments(text: string, spans: readonly MarkSpan[]): Segment[] {
  const ordered = [...spans]
    .filter((s) => s.start >= 0 && s.end > s.start && s.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const span of ordered) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start) });
    segments.push({ text: text.slice(span.start, span.end), span });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
