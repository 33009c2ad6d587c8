// any-ascii's tables are half a megabyte of source that only searching and drafting use, but core's main entry
// reaches them, so the bundle would load them for every command. The bundle aliases `any-ascii` to this module,
// which loads the real one (built beside the bundle as `any-ascii.cjs`) on the first call.
import { createRequire } from "node:module";

type Transliterate = (text: string) => string;
let transliterate: Transliterate | undefined;

/** any-ascii's transliteration to ASCII, loaded on first use. */
export default function anyAscii(text: string): string {
  transliterate ??= (createRequire(import.meta.url)("./any-ascii.cjs") as { default: Transliterate }).default;
  return transliterate(text);
}
