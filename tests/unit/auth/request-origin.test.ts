import { describe, expect, it } from "vitest";
import { judgeRequestOrigin } from "@/lib/auth/request-origin";

const judge = (headers: Record<string, string>) => judgeRequestOrigin(new Headers(headers), "http://fallback.test/api/sources");

describe("judgeRequestOrigin", () => {
  it("matches the Origin's host against X-Forwarded-Host, else Host, else the request URL", () => {
    expect(judge({ origin: "http://127.0.0.1:3210", host: "127.0.0.1:3210" })).toBe("same-origin");
    expect(judge({ origin: "https://claims.example", "x-forwarded-host": "claims.example, internal:80", host: "internal:80" })).toBe("same-origin");
    expect(judge({ origin: "http://fallback.test" })).toBe("same-origin");
    expect(judge({ origin: "http://CLAIMS.example", host: "claims.example" })).toBe("same-origin");
  });

  it("tells another port of the same host, another host and opaque origins apart", () => {
    expect(judge({ origin: "http://127.0.0.1:3998", host: "127.0.0.1:3210" })).toBe("cross-origin");
    expect(judge({ origin: "http://evil.example", host: "claims.example" })).toBe("cross-origin");
    expect(judge({ origin: "null", host: "claims.example" })).toBe("cross-origin");
    expect(judge({ origin: "not a url", host: "claims.example" })).toBe("cross-origin");
  });

  it("falls back to Sec-Fetch-Site without Origin, and says when neither is there", () => {
    expect(judge({ "sec-fetch-site": "same-origin" })).toBe("same-origin");
    expect(judge({ "sec-fetch-site": "same-site" })).toBe("cross-origin");
    expect(judge({ "sec-fetch-site": "cross-site" })).toBe("cross-origin");
    expect(judge({ host: "claims.example" })).toBe("absent");
  });
});
