// One stable subscription to Ink's input, handing each key to the screen that has the keyboard.
//
// Why: Ink's `useInput` subscribes in a passive effect, which React runs some milliseconds after a screen
// changes; keys typed in that gap would reach the screen that just left, or nobody. Here the screen on show
// registers its handler in a layout effect (run during the commit), and the single `useInput` below never
// resubscribes. Keys are handed over one at a time: a key that arrives while React has not yet committed what
// the previous key did (`/` and a query typed in one burst, or written in one chunk) waits in a queue until the
// screen it was meant for is on show and owns the keyboard.
import { useInput, useStdin, type Key } from "ink";
import { createContext, useCallback, useContext, useLayoutEffect, useRef, type ReactNode, type RefObject } from "react";

export type KeyHandler = (input: string, key: Key) => void;

/** The screen that has the keyboard: its handler, and whether it takes text (a run of typed letters at once). */
interface Owner {
  handler: KeyHandler;
  text: boolean;
}

const KeysContext = createContext<RefObject<Owner | null> | null>(null);

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/** The key one character of a multi-character chunk stands for (a pasted or typed-ahead "/abc\r"). */
function keyOfChar(ch: string): [string, Key] {
  if (ch === "\r" || ch === "\n") return ["", { ...NO_KEY, return: true }];
  if (ch === "\t") return ["", { ...NO_KEY, tab: true }];
  if (ch === "\u007F" || ch === "\b") return ["", { ...NO_KEY, backspace: true }];
  const code = ch.codePointAt(0)!;
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...NO_KEY, ctrl: true }];
  return [ch, { ...NO_KEY, shift: /\p{Lu}/u.test(ch) }];
}

/** Whether a key is a printable character (typed or pasted text), not a command. */
function isText([input, key]: [string, Key]): boolean {
  return (
    input !== "" &&
    !key.ctrl &&
    !key.meta &&
    !key.return &&
    !key.tab &&
    !key.backspace &&
    !key.delete &&
    // eslint-disable-next-line no-control-regex -- control characters are what we look for
    !/[\u0000-\u001F\u007F]/u.test(input)
  );
}

/** The keys in one input event: several plain characters (typed ahead, or pasted) become one key each. */
export function splitKeys(input: string, key: Key): [string, Key][] {
  const chars = Array.from(input);
  if (chars.length > 1 && !key.ctrl && !key.meta && !input.includes("\u001B")) return chars.map(keyOfChar);
  return [[input, key]];
}

export interface KeyboardProviderProps {
  children: ReactNode;
  /** The state the screens on show were rendered from. */
  state: unknown;
  /** The newest state (ahead of `state` while React has not yet rendered a change); keys wait until it is on show. */
  latestState: () => unknown;
}

/** Receives keys for the whole app, when stdin is a terminal (Ink cannot read keys otherwise). */
export function KeyboardProvider({ children, state, latestState }: KeyboardProviderProps) {
  const { isRawModeSupported } = useStdin();
  const ownerRef = useRef<Owner | null>(null);
  const queue = useRef<[string, Key][]>([]);
  const shown = useRef(state);
  const waiting = useRef(false);
  // Hands keys to the owner until one changes the state; the rest wait for the commit that shows the change.
  const pump = useCallback(() => {
    while (!waiting.current && queue.current.length > 0) {
      const next = queue.current.shift()!;
      const owner = ownerRef.current;
      // A screen that takes text gets a run of letters in one go (a paste is one change, not one per letter).
      if (owner?.text && isText(next))
        while (queue.current.length > 0 && isText(queue.current[0]!)) next[0] += queue.current.shift()![0];
      owner?.handler(next[0], next[1]);
      if (latestState() !== shown.current) waiting.current = true;
    }
  }, [latestState]);
  const onInput = useCallback(
    (input: string, key: Key) => {
      queue.current.push(...splitKeys(input, key));
      pump();
    },
    [pump],
  );
  // Runs after the screens' own layout effects (children first), so the new owner is in place.
  useLayoutEffect(() => {
    shown.current = state;
    if (waiting.current && latestState() === state) {
      waiting.current = false;
      if (queue.current.length > 0) queueMicrotask(pump);
    }
  });
  useInput(onInput, { isActive: isRawModeSupported === true });
  return <KeysContext.Provider value={ownerRef}>{children}</KeysContext.Provider>;
}

/**
 * Makes a screen the keyboard's owner while `active`; the handler always sees the screen's latest props. With
 * `text`, letters that arrive together come as one input ("volodin"), otherwise one key at a time.
 */
export function useKeys(handler: KeyHandler, active: boolean, text = false): void {
  const ownerRef = useContext(KeysContext);
  useLayoutEffect(() => {
    if (!ownerRef || !active) return;
    const owner = { handler, text };
    ownerRef.current = owner;
    return () => {
      if (ownerRef.current === owner) ownerRef.current = null;
    };
  });
}
