import { describe, expect, it } from "vitest";
import { describeBytes, describeDuration, PageFetchError } from "@/lib/web/page-fetch-error";

describe("PageFetchError messages", () => {
  it("write sizes and durations as a person reads them, with the exact figure the variable takes", () => {
    expect(describeBytes(5 * 1024 * 1024)).toBe("5 MiB (5242880 bytes)");
    expect(describeBytes(1536 * 1024)).toBe("1.5 MiB (1572864 bytes)");
    expect(describeBytes(2048)).toBe("2 KiB (2048 bytes)");
    expect(describeBytes(900)).toBe("900 bytes");
    expect(describeDuration(15_000)).toBe("15 s");
    expect(describeDuration(1500)).toBe("1.5 s");
    expect(describeDuration(300)).toBe("300 ms");
  });

  it("say what was refused and why", () => {
    expect(PageFetchError.tooLarge("u", 5 * 1024 * 1024, "received").message).toBe(
      "the page passed 5 MiB (5242880 bytes) before it ended; it was not read further (FETCH_MAX_BYTES)",
    );
    expect(PageFetchError.timeout("https://news.example/", 15_000).message).toMatch(/^no answer within 15 s from https:\/\/news\.example\//);
    expect(PageFetchError.blockedAddress({ url: "https://x.example/", viaRedirect: false }, "10.0.0.5", "private network", true).message).toBe(
      "https://x.example/ resolves to 10.0.0.5, a private network address; fetching it is refused (FETCH_ALLOWED_HOSTS lists hosts allowed for local use)",
    );
    expect(PageFetchError.blockedAddress({ url: "http://0.0.0.0/", viaRedirect: false }, "0.0.0.0", "unspecified", false).message).toMatch(/points at 0\.0\.0\.0, an unspecified address/);
    expect(PageFetchError.httpStatus("https://x.example/a", 503, "Service Unavailable")).toMatchObject({ status: 503, reason: "http-status" });
  });

  it("cut long links short in the message but keep them whole on the error", () => {
    const long = `https://news.example/${"a".repeat(300)}`;
    const error = PageFetchError.scheme({ url: long, viaRedirect: false }, "https:");
    expect(error.url).toBe(long);
    expect(error.message.indexOf(" uses ")).toBe(120);
  });
});
