const SEPARATORS = /[\n\r\p{Z}\p{P}\p{S}]+/u;

/** Splits a name or a query into words at spaces, punctuation and symbols. */
export function tokenize(text: string): string[] {
  return text.split(SEPARATORS).filter((word) => word !== "");
}
