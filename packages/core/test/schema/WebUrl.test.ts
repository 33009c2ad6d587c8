import { describe, expect, test } from "vitest";
import { WebUrl } from "../../src/schema/WebUrl.js";

describe("WebUrl", () => {
  const hangul = "https://vietnam.vnanet.vn/korean/print/러시아-하원의장-410104.html";

  test("a URL with Hangul characters is rejected with a one-line message that says how to store it", () => {
    const result = WebUrl.safeParse(hangul);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toEqual(["a URL is stored percent-encoded, e.g. as new URL(url).href writes it"]);
  });

  test("the same URL percent-encoded as the WHATWG URL parser writes it is accepted unchanged", () => {
    const encoded = new URL(hangul).href;
    expect(encoded).toMatch(/^https:\/\/vietnam\.vnanet\.vn\/korean\/print\/%EB%9F%AC/);
    expect(WebUrl.parse(encoded)).toBe(encoded);
  });

  test("only http and https URLs are web URLs", () => {
    expect(WebUrl.safeParse("ftp://example.org/x").success).toBe(false);
    expect(WebUrl.safeParse("http://example.org/x").success).toBe(true);
  });

  test("text that is no URL at all gets one message, not also the percent-encoding one", () => {
    expect(WebUrl.safeParse("not a url").error!.issues).toHaveLength(1);
  });
});
