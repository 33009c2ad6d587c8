import { z } from "zod";
import { schemaRules } from "./schemaRules.js";

/** Printable ASCII, the only characters a URI (RFC 3986) may hold unescaped. */
const URI_CHARACTERS = /^[\x21-\x7E]+$/;

/**
 * An http(s) URL as a URI: non-ASCII characters percent-encoded (as `new URL(url).href` writes them), so that
 * `format: uri` checks and Popolo's links accept it.
 */
export const WebUrl = z
  // `abort`: a string that is no URL at all gets one message, not also the one below.
  .url({ protocol: /^https?$/, abort: true })
  .refine((url) => URI_CHARACTERS.test(url), schemaRules.url.en)
  .describe("An http(s) URL with non-ASCII characters percent-encoded.");
export type WebUrl = z.infer<typeof WebUrl>;
