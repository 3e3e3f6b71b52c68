import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { isAbsolute, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { serveFile } from "./fixture-responses";

/**
 * A small HTTP server on loopback that plays news sites for tests of fetching (unit, integration and e2e).
 *
 *   const site = await startFixtureServer({
 *     "/article": { headers: { "content-type": "text/html" }, body: "<p>Hello</p>" },
 *     "/old": redirectTo("/article"),
 *   }, { dir: "tests/fixtures/web" });
 *   await fetchPage(site.url("/old"), { limits: { allowedHosts: ["127.0.0.1"] } });
 *   await site.close();
 *
 * Routes match the path exactly (the query is ignored); a path with no route is looked up under `dir`, else
 * 404. Canned responses and handlers for redirects, slow, large, compressed and file bodies are in
 * fixture-responses.ts (re-exported here). Standalone, for Playwright's webServer:
 *
 *   npx tsx tests/support/fixture-web-server.ts --port 4010 --dir tests/fixtures/web
 *
 * prints its origin (http://127.0.0.1:4010) on one line and serves until SIGINT or SIGTERM.
 */
export * from "./fixture-responses";

/** A canned answer: status (200), headers and a body sent in one piece. */
export type TFixtureResponse = { status?: number; headers?: OutgoingHttpHeaders; body?: string | Uint8Array };
/** Answers one request itself; may be async (the server awaits it) and may return anything. */
export type TFixtureHandler = (request: IncomingMessage, response: ServerResponse) => unknown;
export type TFixtureRoutes = Record<string, TFixtureHandler | TFixtureResponse>;

export type TFixtureServerOptions = {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Files under this directory are served at their relative path (e.g. /feeds/rss.xml). */
  dir?: string;
};

export type TFixtureServer = {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  /** The absolute URL of a path on this server. */
  url(path?: string): string;
  /** Paths requested so far, in order (with their query). */
  hits: string[];
  /** Stops listening and cuts open connections. */
  close(): Promise<void>;
};

export async function startFixtureServer(routes: TFixtureRoutes = {}, options: TFixtureServerOptions = {}): Promise<TFixtureServer> {
  const host = options.host ?? "127.0.0.1";
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(request.url ?? "/");
    void answer(routes, options.dir, request, response);
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  return {
    origin,
    port,
    hits,
    url: (path = "/") => new URL(path, origin).href,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

async function answer(routes: TFixtureRoutes, dir: string | undefined, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? "/", "http://fixture").pathname;
  try {
    const route = Object.hasOwn(routes, path) ? routes[path] : fileRoute(dir, path);
    if (!route) return sendCanned(response, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" }, body: `no fixture at ${path}\n` });
    if (typeof route === "function") await route(request, response);
    else sendCanned(response, route);
  } catch (error) {
    // A broken handler shows up as a 500 the test can see, not as a hung request.
    if (!response.headersSent) sendCanned(response, { status: 500, body: String(error) });
    else response.destroy();
  }
}

function sendCanned(response: ServerResponse, canned: TFixtureResponse): void {
  response.writeHead(canned.status ?? 200, canned.headers);
  response.end(canned.body);
}

/** A file under `dir` for this path; null outside it (no `..` escapes) or without a directory. */
function fileRoute(dir: string | undefined, path: string): TFixtureHandler | null {
  if (!dir) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const file = resolve(dir, `.${decoded}`);
  const inside = relative(resolve(dir), file);
  if (!inside || inside.startsWith("..") || isAbsolute(inside)) return null;
  return serveFile(file);
}

const ZFlags = z.object({
  port: z.coerce.number({ error: "must be a port number" }).int().min(0).max(65_535).default(0),
  host: z.string().min(1).default("127.0.0.1"),
  dir: z.string().min(1).optional(),
});

/** `--port N --host H --dir D`: starts a server with no routes, only the directory's files, and prints its origin. */
export async function runFixtureServer(args: string[]): Promise<TFixtureServer> {
  const { values } = parseArgs({ args, options: { port: { type: "string" }, host: { type: "string" }, dir: { type: "string" } } });
  const parsed = ZFlags.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`--${String(issue?.path[0])}: ${issue?.message} (usage: --port N --host H --dir D)`);
  }
  const flags = parsed.data;
  const server = await startFixtureServer({}, flags);
  console.log(server.origin);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  runFixtureServer(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
