import { describe, expect, it } from "vitest";
import { blockedAddressReason } from "@/lib/web/blocked-addresses";

/** Each row: an address and why it is refused. A wrong entry either lets a fetch reach inside the network or refuses a real site. */
const BLOCKED: [string, string][] = [
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "unspecified"],
  ["10.0.0.1", "private network"],
  ["10.255.255.255", "private network"],
  ["100.64.0.1", "carrier-grade NAT"],
  ["100.127.255.254", "carrier-grade NAT"],
  ["100.100.100.200", "cloud metadata"],
  ["127.0.0.1", "loopback"],
  ["127.255.0.9", "loopback"],
  ["169.254.169.254", "cloud metadata"],
  ["169.254.0.1", "link-local"],
  ["169.254.170.2", "link-local"],
  ["172.16.0.1", "private network"],
  ["172.31.255.255", "private network"],
  ["192.0.0.8", "reserved"],
  ["192.0.2.10", "documentation"],
  ["192.168.1.1", "private network"],
  ["198.18.0.1", "benchmarking"],
  ["198.19.255.255", "benchmarking"],
  ["198.51.100.7", "documentation"],
  ["203.0.113.99", "documentation"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["240.0.0.1", "reserved"],
  ["255.255.255.255", "broadcast"],
  ["::", "unspecified"],
  ["::1", "loopback"],
  ["[::1]", "loopback"],
  ["fc00::1", "private network"],
  ["fd12:3456:789a::1", "private network"],
  ["fd00:ec2::254", "cloud metadata"],
  ["fe80::1", "link-local"],
  ["fe80::1%eth0", "link-local"],
  ["febf:ffff::1", "link-local"],
  ["fec0::1", "site-local"],
  ["ff02::1", "multicast"],
  ["2001:db8::1", "documentation"],
  ["100::1", "reserved"],
  ["64:ff9b:1::a00:1", "reserved"],
  ["1::", "reserved"],
  ["4000::1", "reserved"],
  // IPv6 forms that deliver to an IPv4 address are judged by that address.
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:7f00:1", "loopback"],
  ["::ffff:10.1.2.3", "private network"],
  ["::ffff:a9fe:a9fe", "cloud metadata"],
  ["::ffff:0:192.168.0.1", "private network"],
  ["::127.0.0.1", "loopback"],
  ["::7f00:1", "loopback"],
  ["::2:3", "unspecified"],
  ["::169.254.169.254", "cloud metadata"],
  ["64:ff9b::10.0.0.1", "private network"],
  ["64:ff9b::a9fe:a9fe", "cloud metadata"],
  ["2002:7f00:1::", "loopback"],
  ["2002:c0a8:101::1", "private network"],
  ["2002:a9fe:a9fe:1::1", "cloud metadata"],
  // Not an address at all: refused, never taken as public.
  ["", "not an IP address"],
  ["localhost", "not an IP address"],
  ["127.1", "not an IP address"],
  ["2130706433", "not an IP address"],
];

const PUBLIC = [
  "1.1.1.1",
  "8.8.8.8",
  "93.184.215.14",
  "9.255.255.255",
  "11.0.0.1",
  "100.63.255.255",
  "100.128.0.1",
  "126.255.255.255",
  "128.0.0.1",
  "169.253.255.255",
  "172.15.255.255",
  "172.32.0.1",
  "192.0.1.1",
  "192.0.3.1",
  "192.167.255.255",
  "192.169.0.1",
  "198.17.255.255",
  "198.20.0.1",
  "223.255.255.255",
  "2606:4700:4700::1111",
  "2001:4860:4860::8888",
  "2a00:1450:4001:80b::200e",
  "::ffff:8.8.8.8",
  "::ffff:808:808",
  "64:ff9b::1.1.1.1",
  "2002:808:808::1",
  "2001:db9::1",
];

describe("blockedAddressReason", () => {
  it.each(BLOCKED)("refuses %s as %s", (ip, reason) => {
    expect(blockedAddressReason(ip)).toBe(reason);
  });

  it.each(PUBLIC)("lets the public address %s through", (ip) => {
    expect(blockedAddressReason(ip)).toBeNull();
  });
});
