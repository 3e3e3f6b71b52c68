import type { LookupAddress } from "node:dns";
import { lookup as dnsLookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import { blockedAddressReason } from "./blocked-addresses";
import { PageFetchError, type TFetchTarget } from "./page-fetch-error";

/** Every address of a host name, as `dns.promises.lookup(host, { all: true })` gives them; tests pass their own. */
export type TResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export const resolveWithDns: TResolveHost = (hostname) => dnsLookup(hostname, { all: true });

/**
 * A `lookup` for `http.request` that resolves the host, refuses it when any of its addresses is blocked, and
 * hands the socket exactly the addresses it checked. The connection therefore goes to a checked address:
 * a second DNS answer (rebinding) never gets between the check and the connect. Node 20 calls it with
 * `all: true` (to race IPv4 and IPv6) and without, so both callback forms are served.
 */
export function checkedLookup(target: TFetchTarget, resolve: TResolveHost, isAllowedHost: boolean): LookupFunction {
  return (hostname, options, callback) => {
    Promise.resolve()
      .then(() => resolve(hostname))
      .then(
        (addresses) => {
          const refusal = isAllowedHost ? null : firstBlocked(target, addresses);
          if (refusal) return callback(refusal, "");
          const usable = addresses.filter((a) => matchesFamily(a, options.family));
          if (usable.length === 0) return callback(PageFetchError.dns(target, hostname, "no usable address"), "");
          if (options.all) return callback(null, usable);
          callback(null, usable[0].address, usable[0].family);
        },
        (error: NodeJS.ErrnoException) => callback(PageFetchError.dns(target, hostname, error?.code), ""),
      );
  };
}

/** The refusal for the first blocked address; every one is checked, since the socket may try any of them. */
function firstBlocked(target: TFetchTarget, addresses: LookupAddress[]): PageFetchError | null {
  for (const { address } of addresses) {
    const why = blockedAddressReason(address);
    if (why) return PageFetchError.blockedAddress(target, address, why, true);
  }
  return null;
}

function matchesFamily(address: LookupAddress, family: number | string | undefined): boolean {
  if (family === 4 || family === "IPv4") return address.family === 4;
  if (family === 6 || family === "IPv6") return address.family === 6;
  return true;
}
