"use client";
import type { Language } from "@parley/core/search";
import { createContext, useContext, type ReactNode } from "react";

const LanguageContext = createContext<Language>("en");

/** Gives the page's language to the client components and links below it. */
export function LanguageProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext value={language}>{children}</LanguageContext>;
}

/** The language of the page a client component is on. */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}
