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

const KeysContext = createContext<RefObject<KeyHandler | null> | null>(null);

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
  const ownerRef = useRef<KeyHandler | null>(null);
  const queue = useRef<[string, Key][]>([]);
  const shown = useRef(state);
  const waiting = useRef(false);
  // Hands keys to the owner until one changes the state; the rest wait for the commit that shows the change.
  const pump = useCallback(() => {
    while (!waiting.current && queue.current.length > 0) {
      const [input, key] = queue.current.shift()!;
      ownerRef.current?.(input, key);
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

/** Makes a screen the keyboard's owner while `active`; the handler always sees the screen's latest props. */
export function useKeys(handler: KeyHandler, active: boolean): void {
  const ownerRef = useContext(KeysContext);
  useLayoutEffect(() => {
    if (!ownerRef || !active) return;
    ownerRef.current = handler;
    return () => {
      if (ownerRef.current === handler) ownerRef.current = null;
    };
  });
}
