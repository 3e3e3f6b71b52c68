import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_ADMIN_TOKEN } from "./tests/e2e/secured/secured-server";
import { FIXTURE_SITE_ORIGIN, FIXTURE_SITE_PORT } from "./tests/e2e/fixture-site";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// Two runs on one machine (e.g. parallel work) keep apart by port, build folder and database file.
const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";
// A second server on the same build runs with ADMIN_TOKEN set, on the next port and its own database.
const SECURED_PORT = PORT + 1;
const SECURED_DATABASE_URL = DATABASE_URL.endsWith(".db") ? DATABASE_URL.replace(/\.db$/, "-secured.db") : `${DATABASE_URL}-secured`;
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
// Playwright cannot download its browsers here; Debian's Chromium is used when present.
const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
const serverEnv = { NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST_DIR };

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `tests/output/e2e${process.env.E2E_PORT ? `-${PORT}` : ""}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["html", { outputFolder: `tests/output/report${process.env.E2E_PORT ? `-${PORT}` : ""}`, open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: [/mobile\.spec\.ts/, /secured\//] },
    { name: "phone", use: { ...devices["Pixel 7"] }, testMatch: /mobile\.spec\.ts/ },
    // Specs of tests/e2e/secured/ run against the server that has ADMIN_TOKEN set.
    { name: "secured", use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${SECURED_PORT}` }, testMatch: /secured\/.*\.spec\.ts/ },
  ],
  // Playwright starts these one after the other and waits for each URL, so the secured server starts
  // only once the app server has built the app it shares.
  webServer: [
    {
      // Pages and feeds to add by link, on loopback (the app may fetch from 127.0.0.1 only in these tests).
      command: `npx tsx tests/support/fixture-web-server.ts --port ${FIXTURE_SITE_PORT} --dir tests/fixtures/web`,
      url: `${FIXTURE_SITE_ORIGIN}/bare-article.html`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
    },
    {
      command: `npx tsx scripts/e2e-prepare.ts && npx next build && npx next start -p ${PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: { ...serverEnv, DATABASE_URL, FETCH_ALLOWED_HOSTS: "127.0.0.1" },
      stdout: "pipe",
    },
    {
      command: `test -f ${DIST_DIR}/BUILD_ID && npx tsx scripts/e2e-prepare.ts && npx next start -p ${SECURED_PORT} -H 127.0.0.1`,
      url: `http://127.0.0.1:${SECURED_PORT}/`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { ...serverEnv, DATABASE_URL: SECURED_DATABASE_URL, ADMIN_TOKEN: E2E_ADMIN_TOKEN },
      stdout: "pipe",
    },
  ],
});
