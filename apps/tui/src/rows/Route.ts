import type { ListKind } from "../kinds.js";

/** A screen of the interface: where the user is, and where a row leads. */
export type Route =
  | { screen: "home" }
  | { screen: "list"; list: ListKind }
  | { screen: "detail"; id: string }
  /** `caret`: where the search box's caret is (by default after the last character). */
  | { screen: "search"; query: string; caret?: number }
  | { screen: "issues" };
