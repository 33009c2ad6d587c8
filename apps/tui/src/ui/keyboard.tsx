// One stable subscription to Ink's input, handing each key to the screen that has the keyboard.
//
// Why: Ink's `useInput` subscribes in a passive effect, which React runs some milliseconds after a screen
// changes; keys typed in that gap would reach the screen that just left (with its stale rows). Here the
// screen on show registers its handler in a layout effect (run during the commit, before any later key is
// read), and the single `useInput` below never resubscribes.
import { useInput, useStdin, type Key } from "ink";
import { createContext, useCallback, useContext, useLayoutEffect, useRef, type ReactNode, type RefObject } from "react";

export type KeyHandler = (input: string, key: Key) => void;

const KeysContext = createContext<RefObject<KeyHandler | null> | null>(null);

/** Receives keys for the whole app, when stdin is a terminal (Ink cannot read keys otherwise). */
export function KeyboardProvider({ children }: { children: ReactNode }) {
  const { isRawModeSupported } = useStdin();
  const ownerRef = useRef<KeyHandler | null>(null);
  const onInput = useCallback((input: string, key: Key) => ownerRef.current?.(input, key), []);
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

/** Typed-ahead plain characters can arrive as one chunk ("jj"); browsing screens take them one by one. */
export function eachKey(input: string, key: Key, handle: KeyHandler): void {
  const chars = Array.from(input);
  if (chars.length > 1 && !key.ctrl && !key.meta && !input.includes("\u001B")) for (const ch of chars) handle(ch, key);
  else handle(input, key);
}
