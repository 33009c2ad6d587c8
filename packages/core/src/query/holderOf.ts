import type { Post } from "../schema/Post.js";
import { answerOffice } from "./answerOffice.js";
import type { ParleyIndex } from "./buildIndex.js";
import { EMPTY } from "./frozenList.js";
import type { OfficeAnswer } from "./Parley.js";

/** Who held a post on a date; two holders of a single-holder post mean the date straddles a change. */
export function holderOf(index: ParleyIndex, postId: string, date: string): OfficeAnswer {
  const post = index.byId.get(postId);
  const oneAtATime = post?.kind === "posts" ? (post.record as Post).singleHolder : true;
  return answerOffice(index, index.membershipsByPost.get(postId) ?? EMPTY, date, oneAtATime);
}
