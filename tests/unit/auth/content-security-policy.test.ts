import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce } from "@/lib/auth/content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("buildContentSecurityPolicy", () => {
  it("allows scripts from this origin with the nonce only, and eval only in development", () => {
    const production = buildContentSecurityPolicy("abc123", false);
    expect(directive(production, "script-src")).toBe("script-src 'self' 'nonce-abc123'");
    expect(directive(buildContentSecurityPolicy("abc123", true), "script-src")).toBe("script-src 'self' 'nonce-abc123' 'unsafe-eval'");
    expect(production).toContain("frame-ancestors 'none'");
    expect(production).toContain("object-src 'none'");
  });

  it("makes a new unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });
});
