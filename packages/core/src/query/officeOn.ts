import { answerOffice } from "./answerOffice.js";
import type { ParleyIndex } from "./buildIndex.js";
import { EMPTY } from "./frozenList.js";
import type { OfficeAnswer } from "./Parley.js";

/** Which posts a person held on a date. */
export function officeOn(index: ParleyIndex, personId: string, date: string): OfficeAnswer {
  return answerOffice(index, index.membershipsByPerson.get(personId) ?? EMPTY, date, false);
}
