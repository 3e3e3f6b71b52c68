import { BlockList, isIP } from "node:net";

/**
 * Which IP addresses a page fetched on a user's behalf may not reach (server-side request forgery): anything
 * that is not the public internet. Rules are checked in order, so a narrow range (a cloud metadata address)
 * is named before the wider one that holds it (link-local).
 */
type TRule = { reason: string; ranges: string[] };

const IPV4_RULES: TRule[] = [
  { reason: "cloud metadata", ranges: ["169.254.169.254/32", "100.100.100.200/32"] },
  { reason: "unspecified", ranges: ["0.0.0.0/8"] },
  { reason: "private network", ranges: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"] },
  { reason: "carrier-grade NAT", ranges: ["100.64.0.0/10"] },
  { reason: "loopback", ranges: ["127.0.0.0/8"] },
  { reason: "link-local", ranges: ["169.254.0.0/16"] },
  { reason: "documentation", ranges: ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"] },
  { reason: "benchmarking", ranges: ["198.18.0.0/15"] },
  { reason: "multicast", ranges: ["224.0.0.0/4"] },
  { reason: "broadcast", ranges: ["255.255.255.255/32"] },
  { reason: "reserved", ranges: ["192.0.0.0/24", "240.0.0.0/4"] },
];

const IPV6_RULES: TRule[] = [
  { reason: "unspecified", ranges: ["::/128"] },
  { reason: "loopback", ranges: ["::1/128"] },
  { reason: "cloud metadata", ranges: ["fd00:ec2::254/128"] },
  { reason: "private network", ranges: ["fc00::/7"] },
  { reason: "link-local", ranges: ["fe80::/10"] },
  { reason: "site-local", ranges: ["fec0::/10"] },
  { reason: "multicast", ranges: ["ff00::/8"] },
  { reason: "documentation", ranges: ["2001:db8::/32"] },
  { reason: "reserved", ranges: ["100::/64", "64:ff9b:1::/48"] },
];

/** Every address handed out on the public IPv6 internet lies in 2000::/3; anything else unnamed is reserved. */
const IPV6_GLOBAL_UNICAST = toBlockList(["2000::/3"], "ipv6");

function toBlockList(ranges: string[], type: "ipv4" | "ipv6"): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const [network, prefix] = range.split("/");
    list.addSubnet(network, Number(prefix), type);
  }
  return list;
}

const compile = (rules: TRule[], type: "ipv4" | "ipv6") => rules.map((r) => ({ reason: r.reason, list: toBlockList(r.ranges, type) }));
const IPV4_LISTS = compile(IPV4_RULES, "ipv4");
const IPV6_LISTS = compile(IPV6_RULES, "ipv6");

/**
 * Why a connection to `ip` is refused ("loopback", "private network", "cloud metadata", …), or null when it is
 * a public address. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that
 * address, since the packet ends up there. A string that is not an IP address is refused too.
 */
export function blockedAddressReason(ip: string): string | null {
  const bare = ip.replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  const version = isIP(bare);
  if (version === 4) return ipv4Reason(bare);
  if (version === 6) return ipv6Reason(bare);
  return "not an IP address";
}

function ipv4Reason(ip: string): string | null {
  return IPV4_LISTS.find((rule) => rule.list.check(ip, "ipv4"))?.reason ?? null;
}

function ipv6Reason(ip: string): string | null {
  const groups = ipv6Groups(ip);
  const isUnspecifiedOrLoopback = groups.slice(0, 7).every((g) => g === 0) && groups[7] <= 1;
  const embedded = isUnspecifiedOrLoopback ? null : embeddedIpv4(groups);
  if (embedded) return ipv4Reason(embedded);
  const named = IPV6_LISTS.find((rule) => rule.list.check(ip, "ipv6"));
  if (named) return named.reason;
  return IPV6_GLOBAL_UNICAST.check(ip, "ipv6") ? null : "reserved";
}

/** The IPv4 address an IPv6 address forwards to, for the forms that embed one; null for the others. */
function embeddedIpv4(g: number[]): string | null {
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  const last32 = () => dotted(g[6], g[7]);
  if (zeros(0, 5) && g[5] === 0xffff) return last32(); // ::ffff:a.b.c.d (mapped)
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return last32(); // ::ffff:0:a.b.c.d (translated)
  if (zeros(0, 6)) return last32(); // ::a.b.c.d (compatible, deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return last32(); // 64:ff9b::/96 (NAT64)
  if (g[0] === 0x2002) return dotted(g[1], g[2]); // 2002::/16 (6to4)
  return null;
}

const dotted = (high: number, low: number) => [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");

/** The eight 16-bit groups of a valid IPv6 address (a trailing dotted IPv4 becomes the last two). */
function ipv6Groups(ip: string): number[] {
  const dottedTail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip);
  let text = ip;
  if (dottedTail) {
    const [a, b, c, d] = dottedTail.slice(1).map(Number);
    text = ip.slice(0, dottedTail.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const parse = (part: string | undefined) => (part ? part.split(":").map((h) => parseInt(h, 16)) : []);
  const front = parse(head);
  const back = parse(tail);
  const fill = tail === undefined ? [] : new Array<number>(8 - front.length - back.length).fill(0);
  return [...front, ...fill, ...back];
}
