import { describe, expect, it } from "vitest";
import { checkPageUrl, ipLiteralOf, MAX_URL_LENGTH } from "@/lib/web/page-url";
import { PageFetchError } from "@/lib/web/page-fetch-error";

const failure = (run: () => unknown): PageFetchError => {
  try {
    run();
  } catch (error) {
    if (error instanceof PageFetchError) return error;
    throw error;
  }
  throw new Error("expected a PageFetchError");
};

describe("checkPageUrl", () => {
  it("accepts http and https links, trimmed", () => {
    expect(checkPageUrl("  https://news.example/a?b=1 ").href).toBe("https://news.example/a?b=1");
    expect(checkPageUrl("HTTP://News.Example").href).toBe("http://news.example/");
  });

  it.each([
    ["file:///etc/passwd", "scheme", "file:///etc/passwd uses file:; only http: and https: links are fetched"],
    ["ftp://news.example/", "scheme", "ftp://news.example/ uses ftp:; only http: and https: links are fetched"],
    ["javascript:alert(1)", "scheme", "javascript:alert(1) uses javascript:; only http: and https: links are fetched"],
    ["gopher://news.example/", "scheme", "gopher://news.example/ uses gopher:; only http: and https: links are fetched"],
    ["http://user:pw@news.example/", "credentials", "http://user:pw@news.example/ carries a user name or password; links with credentials are refused"],
    ["http://user@news.example/", "credentials", "http://user@news.example/ carries a user name or password; links with credentials are refused"],
    ["not a link", "invalid-url", '"not a link" is not a valid link'],
    ["http://", "invalid-url", '"http://" is not a valid link'],
  ])("refuses %s (%s)", (link, reason, message) => {
    expect(failure(() => checkPageUrl(link))).toMatchObject({ reason, message });
  });

  it("refuses links over 2000 characters, before and after resolving", () => {
    const long = `https://news.example/${"a".repeat(MAX_URL_LENGTH)}`;
    const error = failure(() => checkPageUrl(long));
    expect(error.reason).toBe("invalid-url");
    expect(error.message).toMatch(/^"https:\/\/news\.example\/a+…" is longer than 2000 characters/);
    expect(failure(() => checkPageUrl(`/${"b".repeat(1990)}`, new URL("https://a-long-host-name.example/"))).reason).toBe("invalid-url");
  });

  it("resolves a redirect against the page it came from and words its refusals as a redirect's", () => {
    const from = new URL("https://news.example/world/story");
    expect(checkPageUrl("../politics/next", from).href).toBe("https://news.example/politics/next");
    expect(checkPageUrl("//other.example/x", from).href).toBe("https://other.example/x");
    expect(failure(() => checkPageUrl("file:///etc/passwd", from)).message).toBe(
      "the page redirects to file:///etc/passwd, which uses file:; only http: and https: links are fetched",
    );
  });
});

describe("ipLiteralOf", () => {
  it.each([
    ["http://127.0.0.1/", "127.0.0.1"],
    ["http://2130706433/", "127.0.0.1"],
    ["http://0x7f.1/", "127.0.0.1"],
    ["http://017700000001/", "127.0.0.1"],
    ["http://[::1]:8080/", "::1"],
    ["http://[::ffff:10.0.0.1]/", "::ffff:a00:1"],
    ["http://news.example/", null],
    ["http://localhost/", null],
  ])("reads %s as %s", (link, literal) => {
    expect(ipLiteralOf(new URL(link))).toBe(literal);
  });
});
