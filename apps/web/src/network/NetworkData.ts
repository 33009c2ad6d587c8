import type { Language } from "@parley/core/search";

/** A person in the who-met-whom graph, placed at build time. */
export interface NetworkNode {
  id: string;
  /** The name in the graph's language and script (core's `nameIn`: "Чан Тхань Ман" on the Russian site). */
  label: string;
  /** The language the name is written in, only when it is not the graph's (a Vietnamese original, English). */
  labelLang?: Language;
  /** "vn", "ru" or "other", for the node's colour. */
  side: "vn" | "ru" | "other";
  x: number;
  y: number;
}

/** Two people who took part in the same events: the years of those events, one entry per shared event. */
export interface NetworkEdge {
  source: string;
  target: string;
  /** Year of each shared event (earliest possible year); null for an undated event. */
  years: (number | null)[];
}

/** The whole graph with its layout, in one language, small enough to hand to the browser for the period filter. */
export interface NetworkData {
  /** The language of the names (and of their sorting). */
  language: Language;
  width: number;
  height: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** First and last years with shared events. */
  years: [number, number] | null;
}
