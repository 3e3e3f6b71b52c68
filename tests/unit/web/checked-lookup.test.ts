import type { LookupAddress, LookupOptions } from "node:dns";
import { describe, expect, it } from "vitest";
import { checkedLookup } from "@/lib/web/checked-lookup";
import { PageFetchError } from "@/lib/web/page-fetch-error";

const TARGET = { url: "http://news.example/story", viaRedirect: false };
const PUBLIC: LookupAddress[] = [
  { address: "93.184.215.14", family: 4 },
  { address: "2606:2800:21f:cb07:6820:80da:af6b:8b2c", family: 6 },
];

/** Calls the lookup as net.connect does and gives back what its callback received. */
function callLookup(addresses: LookupAddress[] | Error, options: LookupOptions, isAllowed = false) {
  const resolve = async () => {
    if (addresses instanceof Error) throw addresses;
    return addresses;
  };
  return new Promise<{ error: Error | null; address: string | LookupAddress[]; family?: number }>((done) =>
    checkedLookup(TARGET, resolve, isAllowed)("news.example", options, (error, address, family) => done({ error, address, family })),
  );
}

describe("checkedLookup", () => {
  it("hands every checked address when asked for all (Node 20's autoSelectFamily)", async () => {
    expect(await callLookup(PUBLIC, { all: true })).toEqual({ error: null, address: PUBLIC, family: undefined });
  });

  it("hands one address, of the family asked for, in the single form", async () => {
    expect(await callLookup(PUBLIC, {})).toEqual({ error: null, address: "93.184.215.14", family: 4 });
    expect(await callLookup(PUBLIC, { family: 6 })).toMatchObject({ address: "2606:2800:21f:cb07:6820:80da:af6b:8b2c", family: 6 });
    expect(await callLookup(PUBLIC, { family: 4, all: true })).toMatchObject({ address: [PUBLIC[0]] });
  });

  it("refuses the host when any address is blocked, whichever family was asked for", async () => {
    const mixed = [...PUBLIC, { address: "fd00:ec2::254", family: 6 }];
    const { error } = await callLookup(mixed, { family: 4 });
    expect(error).toBeInstanceOf(PageFetchError);
    expect(error).toMatchObject({ reason: "blocked-address", url: TARGET.url });
    expect(error?.message).toContain("resolves to fd00:ec2::254, a cloud metadata address");
  });

  it("lets an allowed host resolve to loopback", async () => {
    expect(await callLookup([{ address: "127.0.0.1", family: 4 }], { all: true }, true)).toMatchObject({ error: null });
  });

  it("turns resolver failures and empty answers into dns errors", async () => {
    const notFound = await callLookup(Object.assign(new Error("nope"), { code: "ENOTFOUND" }), {});
    expect(notFound.error).toMatchObject({ reason: "dns", message: "http://news.example/story names a host (news.example) that could not be found (ENOTFOUND)" });
    expect((await callLookup([], { all: true })).error).toMatchObject({ reason: "dns" });
    expect((await callLookup([PUBLIC[0]], { family: 6 })).error).toMatchObject({ reason: "dns" });
  });
});
