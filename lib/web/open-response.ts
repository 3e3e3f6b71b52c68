import type { ClientRequest, IncomingMessage, RequestOptions } from "node:http";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { blockedAddressReason } from "./blocked-addresses";
import { checkedLookup, type TResolveHost } from "./checked-lookup";
import { isAllowedHost, type TFetchLimits } from "./fetch-limits";
import { ACCEPT_HEADER, type TPageKind } from "./page-content-type";
import { PageFetchError, type TFetchTarget } from "./page-fetch-error";
import { ipLiteralOf } from "./page-url";

/** Plain and honest, so a site that blocks fetchers can tell what this is. */
export const FETCHER_USER_AGENT = "claim-compare/0.1 (+article fetcher)";

/** What one fetch shares across its redirects. */
export type THopContext = { kind: TPageKind; limits: TFetchLimits; resolve: TResolveHost; signal: AbortSignal };

export type TOpenResponse = { request: ClientRequest; response: IncomingMessage };

/**
 * Sends one GET and resolves when its status and headers arrive; the body is left unread. The address is
 * checked before connecting: an IP written in the link here, a host name's addresses in the lookup. The
 * caller destroys `request` when done with it (no socket is pooled, so none outlives the fetch).
 */
export function openResponse(url: URL, target: TFetchTarget, ctx: THopContext): Promise<TOpenResponse> {
  const isAllowed = isAllowedHost(url.hostname, ctx.limits);
  const literal = ipLiteralOf(url);
  if (literal && !isAllowed) {
    const why = blockedAddressReason(literal);
    if (why) return Promise.reject(PageFetchError.blockedAddress(target, literal, why, false));
  }
  const options: RequestOptions = {
    hostname: literal ?? url.hostname,
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    method: "GET",
    headers: { "user-agent": FETCHER_USER_AGENT, accept: ACCEPT_HEADER[ctx.kind], "accept-encoding": "gzip, deflate, br" },
    agent: false,
    lookup: checkedLookup(target, ctx.resolve, isAllowed),
    signal: ctx.signal,
  };
  return new Promise((resolve, reject) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const request = send(options, (response) => resolve({ request, response }));
    request.on("error", reject);
    if (!isAllowed) refuseBlockedPeer(request, target);
    request.end();
  });
}

/** A last check on the address the socket actually reached, in case a path around the lookup ever appears. */
function refuseBlockedPeer(request: ClientRequest, target: TFetchTarget): void {
  request.once("socket", (socket) => {
    socket.once("connect", () => {
      const peer = socket.remoteAddress ?? "";
      const why = blockedAddressReason(peer);
      if (why) request.destroy(PageFetchError.blockedAddress(target, peer, why, true));
    });
  });
}
