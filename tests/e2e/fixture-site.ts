/**
 * The loopback "news site" of the end-to-end tests (tests/support/fixture-web-server.ts serving
 * tests/fixtures/web): playwright.config.ts starts it two ports above the app and lets the app fetch
 * from 127.0.0.1 (FETCH_ALLOWED_HOSTS), as a desk would allow an intranet host.
 */
export const FIXTURE_SITE_PORT = Number(process.env.E2E_PORT ?? 3100) + 2;
export const FIXTURE_SITE_ORIGIN = `http://127.0.0.1:${FIXTURE_SITE_PORT}`;
