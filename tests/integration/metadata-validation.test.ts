import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countAllRows, useThrowawayDatabase } from "./test-database";

let databaseUrl: string;
let db: typeof import("../../lib/db/client");
let route: typeof import("../../app/api/sources/route");
let action: typeof import("../../lib/actions/add-source");
const dir = mkdtempSync(path.join(tmpdir(), "claims-meta-"));
const GOOD = "The harbour board said the ferry would sail again on Monday. “We are ready,” said Lena Ortiz, the harbour master.";
/** A field error: the route answers 400 today (README); 422 is the other status a field error may take. */
const FIELD_ERROR_STATUSES = [400, 422];

/** Every bad value of the brief, as a form/JSON field and as the front matter line a file would carry. */
const BAD: Array<{ name: string; field: string; value: string; yaml: string; message: RegExp; frontMatterMessage?: RegExp }> = [
  { name: "a 10,000-character outlet", field: "outlet", value: "x".repeat(10_000), yaml: `outlet: ${"x".repeat(10_000)}`, message: /Outlet: at most 200 characters/ },
  { name: "2024-02-30", field: "published", value: "2024-02-30", yaml: "published: 2024-02-30", message: /Not a real calendar date/ },
  { name: "0000-00-00", field: "published", value: "0000-00-00", yaml: "published: 0000-00-00", message: /Not a real calendar date/ },
  { name: "a bare number as the date", field: "published", value: "12345", yaml: "published: 12345", message: /YYYY-MM-DD/, frontMatterMessage: /a bare number is not a date/ },
  { name: "a javascript: URL", field: "url", value: "javascript:alert(document.cookie)", yaml: "url: javascript:alert(document.cookie)", message: /Only http and https URLs/ },
  { name: "a data: URL", field: "url", value: "data:text/html,<script>alert(1)</script>", yaml: "url: data:text/html;base64,PHNjcmlwdD4=", message: /Only http and https URLs/ },
  { name: "a file: URL", field: "url", value: "file:///etc/passwd", yaml: "url: file:///etc/passwd", message: /Only http and https URLs/ },
];
const withFrontMatter = (yaml: string, body = GOOD) => `---\n${yaml}\n---\n${body}\n`;

function runCli(script: string, ...args: string[]) {
  const result = spawnSync("npx", ["tsx", script, ...args], { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" });
  return { code: result.status, output: `${result.stdout}${result.stderr}`, stdout: result.stdout };
}

function postJson(body: unknown) {
  return route.POST(new Request("http://test/api/sources", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
}

function postForm(fields: Record<string, string | Blob>, fileName = "upload.txt") {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (v instanceof Blob) form.set(k, v, fileName);
    else form.set(k, v);
  }
  return route.POST(new Request("http://test/api/sources", { method: "POST", body: form }));
}

function submitForm(fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return action.addSource({ ok: false, message: "", fieldErrors: {}, values: {} }, form);
}

beforeAll(async () => {
  delete process.env.ADMIN_TOKEN;
  databaseUrl = await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  route = await import("../../app/api/sources/route");
  action = await import("../../lib/actions/add-source");
  expect((await postJson({ text: GOOD, outlet: "Harbour Gazette" })).status).toBe(201);
});
afterAll(async () => db.disconnectPrisma());

describe("front matter in a CLI file is checked like a form field", () => {
  it("refuses each bad value naming the file and the field, exits non-zero and stores nothing", async () => {
    const files = BAD.map((c, i) => {
      const file = path.join(dir, `bad-${i}-${c.field}.md`);
      writeFileSync(file, withFrontMatter(c.yaml, `${GOOD} Case ${i}.`));
      return file;
    });
    const before = await countAllRows();
    const { code, output } = runCli("scripts/ingest.ts", ...files);
    expect(code).toBe(1);
    expect(output).toMatch(new RegExp(`0 stored, 0 already stored, ${BAD.length} failed`));
    BAD.forEach((c, i) => {
      const line = output.split("\n").find((l) => l.includes(path.basename(files[i])));
      expect(line, c.name).toMatch(new RegExp(`Invalid front matter: ${c.field}\\b`));
      expect(line, c.name).toMatch(c.frontMatterMessage ?? c.message);
    });
    expect(await countAllRows()).toEqual(before);
  });
});

describe("POST /api/sources: the same rules for JSON fields, form fields and front matter", () => {
  for (const c of BAD) {
    it(`JSON field: ${c.name} is a field error and nothing is stored`, async () => {
      const before = await countAllRows();
      const response = await postJson({ text: GOOD, [c.field]: c.value });
      expect(FIELD_ERROR_STATUSES).toContain(response.status);
      expect((await response.json()).fieldErrors[c.field].join(" ")).toMatch(c.message);
      expect(await countAllRows()).toEqual(before);
    });

    it(`multipart field: ${c.name} is a field error and nothing is stored`, async () => {
      const before = await countAllRows();
      const response = await postForm({ text: GOOD, [c.field]: c.value });
      expect(FIELD_ERROR_STATUSES).toContain(response.status);
      expect((await response.json()).fieldErrors[c.field].join(" ")).toMatch(c.message);
      expect(await countAllRows()).toEqual(before);
    });

    it(`front matter of pasted JSON text: ${c.name} is refused naming the field`, async () => {
      const before = await countAllRows();
      const response = await postJson({ text: withFrontMatter(c.yaml) });
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error).toMatch(new RegExp(`Invalid front matter: ${c.field}\\b`));
      expect(body.error).toMatch(c.frontMatterMessage ?? c.message);
      expect(await countAllRows()).toEqual(before);
    });

    it(`front matter of an uploaded file: ${c.name} is refused naming the file and the field`, async () => {
      const before = await countAllRows();
      const response = await postForm({ file: new Blob([withFrontMatter(c.yaml)]) }, `upload-${c.field}.md`);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error).toMatch(new RegExp(`^upload-${c.field}\\.md: Invalid front matter: ${c.field}\\b`));
      expect(await countAllRows()).toEqual(before);
    });
  }

  it("a number where JSON wants a date is a field error", async () => {
    const before = await countAllRows();
    const response = await postJson({ text: GOOD, published: 12345 });
    expect(FIELD_ERROR_STATUSES).toContain(response.status);
    expect((await response.json()).fieldErrors.published).toBeDefined();
    expect(await countAllRows()).toEqual(before);
  });

  it("a good form field replaces a bad one in the text's front matter", async () => {
    const response = await postJson({ text: withFrontMatter("url: javascript:alert(1)", `${GOOD} Replaced.`), url: "https://example.org/ferry" });
    expect(response.status).toBe(201);
    const { id } = await response.json();
    expect((await db.getPrisma().source.findUniqueOrThrow({ where: { id } })).url).toBe("https://example.org/ferry");
  });

  it("an HTML page's over-long title and byline are detected values: left empty, the article stored", async () => {
    const longTitle = "ferry ".repeat(100).trim();
    const html = `<html><head><title>${longTitle}</title><meta name="author" content="${"Lena Ortiz ".repeat(40)}"></head><body><article>
      <p>The harbour board said on Sunday that the ferry would sail again on Monday after two weeks of repairs to its hull.</p>
      <p>“We are ready,” said Lena Ortiz, the harbour master, adding that every crossing was already fully booked.</p></article></body></html>`;
    const response = await postForm({ file: new Blob([html]) }, "ferry.html");
    expect(response.status).toBe(201);
    const source = await db.getPrisma().source.findUniqueOrThrow({ where: { id: (await response.json()).id } });
    expect(source.title).not.toBe(longTitle);
    expect((source.title ?? "").length).toBeLessThanOrEqual(500);
    expect((source.byline ?? "").length).toBeLessThanOrEqual(300);
  });
});

describe("the add-article form (server action) uses the same rules", () => {
  for (const c of BAD) {
    it(`form field: ${c.name} shows next to the field, nothing is stored, nothing typed is lost`, async () => {
      const before = await countAllRows();
      const state = await submitForm({ text: GOOD, [c.field]: c.value });
      expect(state.ok).toBe(false);
      expect(state.fieldErrors[c.field]?.join(" ")).toMatch(c.message);
      expect(state.values[c.field]).toBe(c.value);
      expect(await countAllRows()).toEqual(before);
    });

    it(`pasted front matter: ${c.name} is refused naming the field`, async () => {
      const before = await countAllRows();
      const state = await submitForm({ text: withFrontMatter(c.yaml) });
      expect(state.ok).toBe(false);
      expect(state.message).toMatch(new RegExp(`Invalid front matter: ${c.field}\\b`));
      expect(await countAllRows()).toEqual(before);
    });
  }

  it("an uploaded file's front matter is refused naming the file", async () => {
    const before = await countAllRows();
    const state = await submitForm({ file: new File([withFrontMatter("published: 2024-02-30")], "story.md") });
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/^story\.md: Invalid front matter: published "2024-02-30": Not a real calendar date/);
    expect(await countAllRows()).toEqual(before);
  });
});

describe("exports of metadata and quotes that hold </script>", () => {
  const TITLE = "Why </script><script>alert(1)</script> tags end up in print";
  const article = (outlet: string, homes: number) =>
    withFrontMatter(
      `outlet: ${outlet}\ntitle: "${TITLE}"\npublished: 2024-05-02\nurl: https://example.org/${outlet.toLowerCase().replace(/\s+/g, "-")}`,
      `The council said ${homes} homes were flooded </script> on Sunday in the river district.\n\n“Keep </script> out of the feed,” said Ana Ruiz, the council's web editor.`,
    );
  let factsheet: typeof import("../../app/api/factsheet/route");
  const exportAs = async (format: string) => (await factsheet.GET(new Request(`http://test/api/factsheet?format=${format}`))).text();

  beforeAll(async () => {
    factsheet = await import("../../app/api/factsheet/route");
    for (const [outlet, homes] of [["Harbour Gazette", 40], ["Valley Ledger", 60]] as const) {
      expect((await postJson({ text: article(outlet, homes) })).status).toBe(201);
    }
    const { upsertReview } = await import("../../lib/db/reviews");
    const prisma = db.getPrisma();
    const conflict = await prisma.discrepancy.findFirstOrThrow({ where: { items: { some: { excerpt: { contains: "</script>" } } } } });
    await upsertReview({ targetType: "discrepancy", targetId: conflict.id, status: "confirmed", note: "Checked </script><img src=x onerror=alert(1)>" });
    const group = await prisma.claimGroup.findFirstOrThrow({ where: { claims: { some: { text: { contains: "</script>" } } } } });
    await upsertReview({ targetType: "claimGroup", targetId: group.id, status: "confirmed", note: "" });
  });

  it("a javascript: URL cannot be stored with them", async () => {
    const before = await countAllRows();
    const response = await postJson({ text: article("Harbour Gazette", 40).replace(/url: .*/, "url: javascript:alert(1)") });
    expect(response.status).toBe(400);
    expect(await countAllRows()).toEqual(before);
    const sources = await db.getPrisma().source.findMany({ select: { url: true } });
    expect(sources.every((s) => s.url === null || /^https?:\/\//.test(s.url))).toBe(true);
  });

  it("ClaimReview JSON-LD carries the text escaped, and no </script> or < at all", async () => {
    const out = await exportAs("claimreview");
    expect(out).not.toContain("<");
    expect(out.toLowerCase()).not.toContain("</script");
    const reviews: Array<{ reviewRating: { ratingExplanation?: string }; itemReviewed: { appearance: Array<{ name?: string; text: string; url?: string }> } }> = JSON.parse(out);
    expect(reviews.length).toBe(2);
    const appearances = reviews.flatMap((r) => r.itemReviewed.appearance);
    expect(appearances.some((a) => a.name === TITLE)).toBe(true);
    expect(appearances.some((a) => a.text.includes("flooded </script> on Sunday"))).toBe(true);
    expect(appearances.every((a) => a.url === undefined || a.url.startsWith("https://example.org/"))).toBe(true);
    expect(reviews.some((r) => r.reviewRating.ratingExplanation === "Checked </script><img src=x onerror=alert(1)>")).toBe(true);
  });

  it("a non-http URL in an older row never leaves the app, in any format", async () => {
    const prisma = db.getPrisma();
    const target = await prisma.source.findFirstOrThrow({ where: { outlet: "Valley Ledger" } });
    await prisma.source.update({ where: { id: target.id }, data: { url: "javascript:alert(1)" } });
    try {
      const json = JSON.parse(await exportAs("json"));
      expect(json.sources.find((s: { id: string }) => s.id === target.id).url).toBeNull();
      expect(json.sources.find((s: { outlet: string }) => s.outlet === "Valley Ledger").title).toBe(TITLE);
      for (const format of ["json", "md", "csv", "claimreview"]) expect(await exportAs(format), format).not.toContain("javascript:");
    } finally {
      await prisma.source.update({ where: { id: target.id }, data: { url: target.url } });
    }
  });

  it("the factsheet CLI writes the same escaped ClaimReview", () => {
    const { code, stdout } = runCli("scripts/factsheet.ts", "--format", "claimreview");
    expect(code).toBe(0);
    expect(stdout).not.toContain("<");
    expect(stdout).toContain("\\u003c/script\\u003e");
  });
});
