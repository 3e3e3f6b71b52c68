import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/safe-next-path";

describe("safeNextPath keeps the browser on this site after sign-in", () => {
  const KEPT: Array<[string, string]> = [
    ["/", "/"],
    ["/claims", "/claims"],
    ["/discrepancies?kind=conflict&page=2", "/discrepancies?kind=conflict&page=2"],
    ["/sources/src_ab12#q-3", "/sources/src_ab12#q-3"],
    ["/entities/./ent_1", "/entities/ent_1"],
    ["/a/../claims", "/claims"],
  ];
  for (const [next, expected] of KEPT) it(`keeps ${next}`, () => expect(safeNextPath(next)).toBe(expected));

  // Each of these, handed to redirect() as it was, leaves the site or cannot be trusted to stay on it.
  const REFUSED: Array<[string, unknown]> = [
    ["a backslash after the slash (as /%5C decodes)", "/\\127.0.0.1:3998/phish"],
    ["two backslashes", "\\\\evil.example/x"],
    ["a protocol-relative URL", "//evil.example/x"],
    ["a protocol-relative URL with a tab", "/\t/evil.example/x"],
    ["a protocol-relative URL with a newline", "/\n/evil.example/x"],
    ["a path that normalises to //", "/.//evil.example/x"],
    ["a path that climbs to //", "/a/..//evil.example"],
    ["an encoded backslash left encoded", "/%5C127.0.0.1:3998/phish"],
    ["encoded slashes", "/%2F%2Fevil.example"],
    ["a double-encoded backslash", "/%255C%255Cevil.example"],
    ["a malformed escape", "/%E0%A4%A"],
    ["an absolute http URL", "http://evil.example/x"],
    ["an absolute URL of this scheme and no slashes", "http:evil.example"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:text/html,hi"],
    ["a relative path", "claims"],
    ["a NUL byte", "/claims\u0000"],
    ["a DEL", "/claims\u007f"],
    ["an empty string", ""],
    ["a very long path", `/${"a".repeat(3000)}`],
    ["an array", ["/claims"]],
    ["undefined", undefined],
  ];
  for (const [name, next] of REFUSED) it(`refuses ${name}`, () => expect(safeNextPath(next)).toBe("/"));

  it("uses the given fallback", () => expect(safeNextPath("//evil.example", "/login")).toBe("/login"));
});

describe("a decoded encoded-slash path never turns into another host", () => {
  it("refuses a path whose decoded form starts with //", () => {
    expect(safeNextPath("/%2Fevil.example")).toBe("/");
  });
});
