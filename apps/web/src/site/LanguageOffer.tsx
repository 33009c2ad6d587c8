"use client";
import { useEffect, useSyncExternalStore } from "react";
import { localePath } from "@/i18n/localePath";
import { preferredLanguage } from "@/i18n/preferredLanguage";
import type { LanguageOfferWords } from "./languageOfferText";

/** Where the browser remembers that the offer was made, so it is made once. */
const OFFER_KEY = "parley:language-offered";

type Offered = "vi" | "ru";

function remembered(): boolean {
  try {
    return localStorage.getItem(OFFER_KEY) !== null;
  } catch {
    return true; // storage blocked: never offer, rather than offer on every visit
  }
}

function remember(language: Offered): void {
  try {
    localStorage.setItem(OFFER_KEY, language);
  } catch {
    // storage blocked: the offer simply goes away with this page view
  }
}

// The offer of this page view, decided on first read in the browser; `undefined` until then.
let decided: Offered | null | undefined;
const listeners = new Set<() => void>();

function offerOfThisView(): Offered | null {
  if (decided === undefined) {
    const language = preferredLanguage(navigator.languages ?? [navigator.language]);
    decided = language === undefined || language === "en" || remembered() ? null : language;
  }
  return decided;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function dismiss(): void {
  decided = null;
  for (const listener of listeners) listener();
}

/**
 * On the English home, offers the Vietnamese or Russian site once to a browser that prefers that language: a small
 * note fixed at the foot of the window (nothing moves), in the offered language, never a redirect. It is remembered
 * as made once shown, so it does not come back; it takes no focus. The server renders nothing.
 */
export function LanguageOffer({ offers }: { offers: Readonly<Record<Offered, LanguageOfferWords>> }) {
  const offered = useSyncExternalStore(subscribe, offerOfThisView, () => null);
  useEffect(() => {
    if (offered !== null) remember(offered);
  }, [offered]);
  if (offered === null) return null;
  const words = offers[offered];
  return (
    <aside className="language-offer" lang={offered} aria-label={words.label}>
      <p>
        {words.message}{" "}
        <a href={localePath(offered, "/")} hrefLang={offered}>
          {words.accept}
        </a>
      </p>
      <button type="button" className="button" onClick={dismiss}>
        {words.dismiss}
      </button>
    </aside>
  );
}
