/** The parts of a keyboard event the search shortcuts look at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element the key was pressed in (its tag name and whether it is editable). */
  target: { tagName?: string; isContentEditable?: boolean } | null;
}

const TYPING_TAGS = new Set(["INPUT", "TEXTAREA", "SELECT"]);

/** Whether a key press opens the search: `/` outside text fields, or Ctrl-K / ⌘-K anywhere. */
export function opensSearch(press: KeyPress): boolean {
  if ((press.ctrlKey || press.metaKey) && !press.altKey && press.key.toLowerCase() === "k") return true;
  if (press.key !== "/" || press.ctrlKey || press.metaKey || press.altKey) return false;
  const target = press.target;
  return !(target && (TYPING_TAGS.has((target.tagName ?? "").toUpperCase()) || target.isContentEditable === true));
}

/** What a key does inside the search box's result list. */
export type ListAction =
  { type: "move"; index: number } | { type: "open"; index: number } | { type: "close" } | { type: "none" };

/**
 * The result list's keyboard logic: ↓/↑ move (wrapping, starting from "none selected" = -1; Home/End stay with the text field),
 * Enter opens the selected result (or the first), Escape closes.
 */
export function listAction(key: string, active: number, count: number): ListAction {
  switch (key) {
    case "ArrowDown":
      return count === 0 ? { type: "none" } : { type: "move", index: active + 1 >= count ? 0 : active + 1 };
    case "ArrowUp":
      return count === 0 ? { type: "none" } : { type: "move", index: active <= 0 ? count - 1 : active - 1 };
    case "Enter":
      return count === 0 ? { type: "none" } : { type: "open", index: active >= 0 && active < count ? active : 0 };
    case "Escape":
      return { type: "close" };
    default:
      return { type: "none" };
  }
}
