import { Readability } from "@mozilla/readability";
import { DOMParser as LinkedomParser } from "linkedom/worker";

/** The plain text of an input and what its page says about itself. */
export interface ReadInput {
  /** Plain text: the headline, then one paragraph a line, paragraphs separated by a blank line. */
  text: string;
  title: string | null;
  published: string | null;
  language: string | null;
  url: string | null;
  /** One-line remarks (no article found). */
  notes: string[];
}

const looksLikeHtml = (input: string) =>
  /^\s*(?:<!doctype html|<html|<head|<body|<meta|<article|<div|<p[\s>])/iu.test(input);

interface MinimalDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

function parse(html: string): MinimalDocument {
  const Parser = (globalThis as { DOMParser?: typeof LinkedomParser }).DOMParser ?? LinkedomParser;
  return new Parser().parseFromString(html, "text/html") as unknown as MinimalDocument;
}

const meta = (doc: MinimalDocument, selectors: readonly string[]) => {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute("content") ?? el?.getAttribute("href") ?? el?.getAttribute("datetime");
    if (value?.trim()) return value.trim();
  }
  return null;
};

/**
 * Reads an input: plain text as it is (line ends normalised); a saved HTML page through Readability, keeping
 * its main text a paragraph a line and its title, publication date, language and canonical URL.
 */
export function readInput(input: string): ReadInput {
  if (!looksLikeHtml(input))
    return { text: input.replace(/\r\n?/gu, "\n"), title: null, published: null, language: null, url: null, notes: [] };
  const doc = parse(input);
  const published = meta(doc, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[itemprop="datePublished"]',
    "time[datetime]",
  ]);
  const url = meta(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const language = doc.documentElement?.getAttribute("lang") ?? meta(doc, ['meta[http-equiv="content-language"]']);
  const article = new Readability(doc as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 100,
  }).parse();
  const title =
    article?.title?.trim() ||
    meta(doc, ['meta[property="og:title"]']) ||
    doc.querySelector("title")?.textContent?.trim() ||
    null;
  const base = {
    title,
    published: published && /^\d{4}-\d{2}-\d{2}/u.test(published) ? published.slice(0, 10) : null,
    language: language?.slice(0, 2).toLowerCase() ?? null,
    url,
  };
  if (!article?.content) return { text: "", ...base, notes: ["no article found in the HTML page"] };
  const body = parse(article.content);
  const paragraphs = Array.from(body.querySelectorAll("h1, h2, h3, p, li, blockquote"))
    .map((el) => (el.textContent ?? "").replace(/\s+/gu, " ").trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return { text: "", ...base, notes: ["no article found in the HTML page"] };
  if (title && paragraphs[0] !== title) paragraphs.unshift(title);
  return { text: paragraphs.join("\n\n"), ...base, notes: [] };
}
