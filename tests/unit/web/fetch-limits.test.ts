import { describe, expect, it } from "vitest";
import { DEFAULT_FETCH_LIMITS, fetchLimitsFromEnv, isAllowedHost, normalizeAllowedHost, resolveFetchLimits } from "@/lib/web/fetch-limits";

describe("fetchLimitsFromEnv", () => {
  it("uses the defaults when nothing (or an empty value) is set", () => {
    expect(fetchLimitsFromEnv({})).toEqual({ timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5, allowedHosts: [] });
    expect(fetchLimitsFromEnv({ FETCH_TIMEOUT_MS: " ", FETCH_ALLOWED_HOSTS: "" })).toEqual(DEFAULT_FETCH_LIMITS);
  });

  it("reads every variable", () => {
    const limits = fetchLimitsFromEnv({ FETCH_TIMEOUT_MS: "2500", FETCH_MAX_BYTES: "1048576", FETCH_MAX_REDIRECTS: "0", FETCH_ALLOWED_HOSTS: "127.0.0.1, LOCALHOST ,[::1],::1,news.test." });
    expect(limits).toEqual({ timeoutMs: 2500, maxBytes: 1_048_576, maxRedirects: 0, allowedHosts: ["127.0.0.1", "localhost", "[::1]", "[::1]", "news.test"] });
  });

  it.each([
    ["FETCH_TIMEOUT_MS", "abc", /FETCH_TIMEOUT_MS must be a positive whole number of milliseconds \(got "abc"\)/],
    ["FETCH_TIMEOUT_MS", "0", /FETCH_TIMEOUT_MS must be/],
    ["FETCH_TIMEOUT_MS", "99999999999", /FETCH_TIMEOUT_MS must be/],
    ["FETCH_MAX_BYTES", "-5", /FETCH_MAX_BYTES must be a positive whole number of bytes/],
    ["FETCH_MAX_BYTES", "1.5", /FETCH_MAX_BYTES must be/],
    ["FETCH_MAX_REDIRECTS", "51", /FETCH_MAX_REDIRECTS must be a whole number from 0 to 50/],
    ["FETCH_ALLOWED_HOSTS", "127.0.0.1:3000", /FETCH_ALLOWED_HOSTS "127.0.0.1:3000" is not a host name or IP literal/],
    ["FETCH_ALLOWED_HOSTS", "localhost,http://x/", /FETCH_ALLOWED_HOSTS "http:\/\/x\/" is not a host name/],
  ])("names %s when it holds %s", (name, value, message) => {
    expect(() => fetchLimitsFromEnv({ [name]: value })).toThrow(message);
  });
});

describe("allowed hosts", () => {
  it("writes entries as URL.hostname does, so they compare with a link's host", () => {
    expect(normalizeAllowedHost("2130706433")).toBe("127.0.0.1");
    expect(normalizeAllowedHost("[::ffff:127.0.0.1]")).toBe("[::ffff:7f00:1]");
    expect(normalizeAllowedHost("Example.ORG")).toBe("example.org");
    expect(normalizeAllowedHost("user@host")).toBeNull();
    expect(normalizeAllowedHost("host/path")).toBeNull();
  });

  it("matches a link's host regardless of case or a trailing dot", () => {
    const limits = { allowedHosts: ["localhost", "[::1]"] };
    expect(isAllowedHost(new URL("http://LocalHost.:8080/").hostname, limits)).toBe(true);
    expect(isAllowedHost(new URL("http://[0:0::1]/").hostname, limits)).toBe(true);
    expect(isAllowedHost("127.0.0.1", limits)).toBe(false);
  });
});

describe("resolveFetchLimits", () => {
  it("lays a caller's overrides over the environment and checks them", () => {
    expect(resolveFetchLimits({ timeoutMs: 300, allowedHosts: ["[::1]"] }, { FETCH_MAX_BYTES: "10" })).toEqual({ timeoutMs: 300, maxBytes: 10, maxRedirects: 5, allowedHosts: ["[::1]"] });
    expect(() => resolveFetchLimits({ maxBytes: 0 }, {})).toThrow(/maxBytes/);
  });
});
