import { AFTER_ALL, BEFORE_ALL, termCovers, type Certainty } from "../dates/termSpan.js";
import { deepFreeze } from "../deepFreeze.js";
import type { Person } from "../schema/Person.js";
import type { Post } from "../schema/Post.js";
import type { ParleyIndex } from "./buildIndex.js";
import { EMPTY } from "./frozenList.js";
import type { Frozen, ParticipantView, PostHeldView } from "./Parley.js";

const RANK: Readonly<Record<Certainty, number>> = { certain: 2, ambiguous: 1, impossible: 0 };

/** Whether any of a person's terms in a post covers an event's date: the best certainty of them. */
function heldOnDate(index: ParleyIndex, person: string, post: string, eventId: string): Certainty | null {
  const b = index.bounds.get(eventId);
  if (!b) return null;
  let best: Certainty = "impossible";
  for (const m of index.membershipsByPerson.get(person) ?? EMPTY) {
    if (m.post !== post) continue;
    const c = termCovers(index.spans.get(m.id)!, b.earliest ?? BEFORE_ALL, b.latest ?? AFTER_ALL);
    if (RANK[c] > RANK[best]) best = c;
  }
  return best;
}

/** An event's participants with the post each held that day, frozen; the shared empty list for an unknown event. */
export function participantsAt(index: ParleyIndex, eventId: string): readonly ParticipantView[] {
  const p = index.eventPosition.get(eventId);
  if (p === undefined) return EMPTY;
  const event = index.events[p]!;
  const out: ParticipantView[] = [];
  for (const participation of event.participants) {
    const person = index.byId.get(participation.person);
    if (person?.kind !== "people") continue;
    const posts: PostHeldView[] = [];
    for (const id of participation.posts) {
      const post = index.byId.get(id);
      if (post?.kind !== "posts") continue;
      posts.push({
        post: post.record as Frozen<Post>,
        heldOnDate: heldOnDate(index, participation.person, id, eventId),
      });
    }
    out.push({
      person: person.record as Frozen<Person>,
      role: participation.role,
      posts,
      capacity: participation.capacity ?? null,
      citations: participation.citations,
    });
  }
  return deepFreeze(out);
}
