import { splitLinks } from "./splitLinks.js";

/** A free text with each link to a record replaced by its visible text, for exports that show no links. */
export function plainText(text: string): string {
  return text.includes("](")
    ? splitLinks(text)
        .map((part) => part.text)
        .join("")
    : text;
}
