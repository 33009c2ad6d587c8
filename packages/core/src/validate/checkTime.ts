import { dateBounds, type DateBounds } from "../dates/dateBounds.js";
import { termCovers, termSpan, type TermSpan } from "../dates/termSpan.js";
import type { Dataset } from "../schema/Dataset.js";
import type { Membership } from "../schema/Membership.js";
import { issue, jsonPath } from "./issue.js";
import type { ValidationIssue } from "./ValidationIssue.js";

interface Term {
  index: number;
  membership: Membership;
  span: TermSpan;
}

const NO_TERMS: readonly Term[] = [];

function daySpan(bounds: DateBounds | null): { earliest: string; latest: string } | null {
  if (!bounds) return null;
  const earliest = bounds.earliest ?? bounds.latest;
  const latest = bounds.latest ?? bounds.earliest;
  return earliest && latest ? { earliest, latest } : null;
}

/**
 * Layer 3: dates in order, no overlapping single-holder terms, posts held on the day, children inside parents, sessions
 * in order, "took place" backed.
 */
export function checkTime(data: Dataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];

  const termsByPost = new Map<string, Term[]>();
  // Terms by post, then by person: two lookups, no joined key to build per participant.
  const termsByPostPerson = new Map<string, Map<string, Term[]>>();
  data.memberships.forEach((membership, index) => {
    const span = termSpan(membership);
    const term = { index, membership, span };
    const start = membership.start ? dateBounds(membership.start) : null;
    const end = membership.end ? dateBounds(membership.end) : null;
    const firstSeen = membership.firstSeen ? dateBounds(membership.firstSeen) : null;
    const lastSeen = membership.lastSeen ? dateBounds(membership.lastSeen) : null;
    const first = start ?? firstSeen;
    const last = end ?? lastSeen;
    if (first?.earliest && last?.latest && last.latest < first.earliest) {
      issues.push(
        issue("time.range", jsonPath(["memberships", index, end ? "end" : "lastSeen"]), membership.id, {
          key: "term-ends-early",
          end: (membership.end ?? membership.lastSeen)!,
          start: (membership.start ?? membership.firstSeen)!,
        }),
      );
    }
    for (const [key, seen] of [
      ["firstSeen", firstSeen],
      ["lastSeen", lastSeen],
    ] as const) {
      if (!seen) continue;
      if (
        (start?.earliest && seen.latest && seen.latest < start.earliest) ||
        (end?.latest && seen.earliest && seen.earliest > end.latest)
      ) {
        issues.push(
          issue("time.range", jsonPath(["memberships", index, key]), membership.id, {
            key: "seen-outside-term",
            field: key,
            date: membership[key]!,
          }),
        );
      }
    }
    const byPost = termsByPost.get(membership.post);
    if (byPost) byPost.push(term);
    else termsByPost.set(membership.post, [term]);
    let byPerson = termsByPostPerson.get(membership.post);
    if (!byPerson) termsByPostPerson.set(membership.post, (byPerson = new Map()));
    const byPair = byPerson.get(membership.person);
    if (byPair) byPair.push(term);
    else byPerson.set(membership.person, [term]);
  });

  const singleHolder = new Map(data.posts.map((p) => [p.id, p.singleHolder]));
  for (const [post, terms] of termsByPost) {
    if (singleHolder.get(post) !== true) continue;
    const holders = terms
      .filter((t) => !t.membership.acting && t.membership.startHow !== "took-charge")
      .sort((a, b) =>
        a.span.certainFrom === b.span.certainFrom
          ? a.index - b.index
          : a.span.certainFrom < b.span.certainFrom
            ? -1
            : 1,
      );
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) {
        const a = holders[i]!;
        const b = holders[j]!;
        if (b.span.certainFrom >= a.span.certainUntil) break;
        const from = a.span.certainFrom > b.span.certainFrom ? a.span.certainFrom : b.span.certainFrom;
        const until = a.span.certainUntil < b.span.certainUntil ? a.span.certainUntil : b.span.certainUntil;
        if (from < until) {
          issues.push(
            issue("time.overlap", jsonPath(["memberships", b.index]), b.membership.id, {
              key: "term-overlap",
              other: a.membership.id,
              post,
              from,
              until: until === "9999-12-31" ? null : until,
            }),
          );
        }
      }
    }
  }

  for (const [key, list] of [["people", data.people]] as const) {
    list.forEach((person, i) => {
      const born = person.birth ? dateBounds(person.birth.date) : null;
      const died = person.death ? dateBounds(person.death.date) : null;
      if (born?.earliest && died?.latest && died.latest < born.earliest) {
        issues.push(
          issue("time.range", jsonPath([key, i, "death", "date"]), person.id, {
            key: "death-before-birth",
            death: person.death!.date,
            birth: person.birth!.date,
          }),
        );
      }
    });
  }

  const eventIndex = new Map<string, number>();
  for (let i = 0; i < data.events.length; i++) eventIndex.set(data.events[i]!.id, i);
  const publishedEarliest = new Map(
    data.sources.map((s) => [s.id, s.published ? (dateBounds(s.published)?.earliest ?? null) : null]),
  );

  // Each event's bounds and day span, read once: the loops below look at an event's date up to three times.
  const eventBounds = data.events.map((event) => dateBounds(event.date));
  const eventSpans = eventBounds.map(daySpan);

  data.events.forEach((event, i) => {
    const span = eventSpans[i]!;
    if (!span) return;

    for (let p = 0; p < event.participants.length; p++) {
      const participant = event.participants[p]!;
      for (let k = 0; k < participant.posts.length; k++) {
        const post = participant.posts[k]!;
        const terms = termsByPostPerson.get(post)?.get(participant.person) ?? NO_TERMS;
        let fits = false;
        for (const t of terms) {
          if (termCovers(t.span, span.earliest, span.latest) !== "impossible") {
            fits = true;
            break;
          }
        }
        if (!fits) {
          issues.push(
            issue("time.post-not-held", jsonPath(["events", i, "participants", p, "posts", k]), event.id, {
              key: "post-not-held",
              person: participant.person,
              post,
              date: event.date,
              hasTerms: terms.length > 0,
            }),
          );
        }
      }
    }

    if (event.parent) {
      const parentIndex = eventIndex.get(event.parent);
      const parent = parentIndex === undefined ? undefined : data.events[parentIndex];
      const parentSpan = parentIndex === undefined ? null : eventSpans[parentIndex]!;
      if (parentSpan) {
        const childBounds = eventBounds[i]!;
        const outside =
          childBounds.precision === "day"
            ? span.earliest < parentSpan.earliest || span.latest > parentSpan.latest
            : span.latest < parentSpan.earliest || span.earliest > parentSpan.latest;
        if (outside)
          issues.push(
            issue("time.child-outside-parent", jsonPath(["events", i, "date"]), event.id, {
              key: "child-outside-parent",
              date: event.date,
              parent: event.parent,
              parentDate: parent!.date,
            }),
          );
      }
    }

    if (event.status === "took-place") {
      let backed = false;
      for (const c of event.citations) {
        const published = publishedEarliest.get(c.source);
        if (published != null && published >= span.earliest) {
          backed = true;
          break;
        }
      }
      if (!backed)
        issues.push(
          issue("time.unsupported-status", jsonPath(["events", i, "status"]), event.id, {
            key: "took-place-unsupported",
            earliest: span.earliest,
          }),
        );
    }
  });

  data.documents.forEach((document, i) => {
    if (!document.date || !document.event) return;
    const eventAt = eventIndex.get(document.event);
    const eventSpan = eventAt === undefined ? null : eventSpans[eventAt]!;
    const docSpan = daySpan(dateBounds(document.date));
    if (eventSpan && docSpan && (docSpan.latest < eventSpan.earliest || docSpan.earliest > eventSpan.latest)) {
      issues.push(
        issue("time.document-outside-event", jsonPath(["documents", i, "date"]), document.id, {
          key: "document-outside-event",
          date: document.date!,
          event: document.event!,
          eventDate: data.events[eventAt!]!.date,
        }),
      );
    }
  });

  const sessions = new Map<string, { index: number; sequence: number; span: { earliest: string; latest: string } }[]>();
  data.events.forEach((event, index) => {
    if (!event.series || event.sequence === undefined) return;
    const span = eventSpans[index]!;
    if (!span) return;
    const list = sessions.get(event.series) ?? [];
    list.push({ index, sequence: event.sequence, span });
    sessions.set(event.series, list);
  });
  for (const [series, list] of sessions) {
    list.sort(
      (a, b) =>
        a.sequence - b.sequence ||
        (a.span.earliest < b.span.earliest ? -1 : a.span.earliest > b.span.earliest ? 1 : a.index - b.index),
    );
    for (let k = 1; k < list.length; k++) {
      const prev = list[k - 1]!;
      const here = list[k]!;
      const event = data.events[here.index]!;
      if (prev.sequence === here.sequence) {
        issues.push(
          issue("time.sequence-order", jsonPath(["events", here.index, "sequence"]), event.id, {
            key: "session-reused",
            sequence: here.sequence,
            series,
            other: data.events[prev.index]!.id,
          }),
        );
      } else if (here.span.latest < prev.span.earliest) {
        issues.push(
          issue("time.sequence-order", jsonPath(["events", here.index, "sequence"]), event.id, {
            key: "session-out-of-order",
            sequence: here.sequence,
            series,
            date: event.date,
            previous: prev.sequence,
            previousDate: data.events[prev.index]!.date,
          }),
        );
      }
    }
  }
  return issues;
}
