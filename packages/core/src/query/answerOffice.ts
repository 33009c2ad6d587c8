import { dateBounds } from "../dates/dateBounds.js";
import { AFTER_ALL, BEFORE_ALL, termCovers } from "../dates/termSpan.js";
import { deepFreeze } from "../deepFreeze.js";
import type { Membership } from "../schema/Membership.js";
import type { Person } from "../schema/Person.js";
import type { Post } from "../schema/Post.js";
import type { ParleyIndex } from "./buildIndex.js";
import type { Frozen, HolderView, OfficeAnswer } from "./Parley.js";

/**
 * Which of the given terms may cover a date, each `certain` (the term covers every day the date may mean)
 * or `ambiguous` (the date is too coarse to say). An unreadable date answers nothing.
 * `oneAtATime` says whether two answers at once mean the date straddles a change (a single-holder post).
 */
export function answerOffice(
  index: ParleyIndex,
  terms: readonly Membership[],
  date: string,
  oneAtATime: boolean,
): OfficeAnswer {
  const bounds = dateBounds(date);
  const holders: HolderView[] = [];
  if (bounds) {
    const earliest = bounds.earliest ?? BEFORE_ALL;
    const latest = bounds.latest ?? AFTER_ALL;
    for (const membership of terms) {
      const span = index.spans.get(membership.id);
      const person = index.byId.get(membership.person);
      const post = index.byId.get(membership.post);
      if (!span || person?.kind !== "people" || post?.kind !== "posts") continue;
      const certainty = termCovers(span, earliest, latest);
      if (certainty === "impossible") continue;
      holders.push({
        person: person.record as Frozen<Person>,
        post: post.record as Frozen<Post>,
        membership: membership as Frozen<Membership>,
        certainty,
      });
    }
  }
  const ambiguous = holders.some((h) => h.certainty === "ambiguous") || (oneAtATime && holders.length > 1);
  return deepFreeze({ date, holders, ambiguous });
}
