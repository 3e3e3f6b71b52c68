import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countAllRows, useThrowawayDatabase } from "./test-database";

let databaseUrl: string;
let db: typeof import("../../lib/db/client");
const dir = mkdtempSync(path.join(tmpdir(), "claims-bad-"));
const seed = readFileSync(path.resolve("seeds/004_fc3252244b3faa0a.txt"), "utf8");

function runIngest(...paths: string[]) {
  const result = spawnSync("npx", ["tsx", "scripts/ingest.ts", ...paths], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function writeBytes(name: string, bytes: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

beforeAll(async () => {
  databaseUrl = await useThrowawayDatabase();
  db = await import("../../lib/db/client");
  const { ingestArticleText } = await import("../../lib/articles/ingest-article");
  await ingestArticleText(seed, "004_fc3252244b3faa0a.txt");
});
afterAll(async () => db.disconnectPrisma());

const CASES: Array<{ name: string; make: () => string; message: RegExp }> = [
  { name: "a missing path", make: () => path.join(dir, "nope.txt"), message: /no such file or directory/ },
  { name: "an empty file", make: () => writeBytes("empty.txt", ""), message: /the file is empty/ },
  { name: "whitespace only", make: () => writeBytes("blank.txt", "  \n\t\n"), message: /only whitespace/ },
  { name: "binary with NUL bytes", make: () => writeBytes("binary.txt", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41])), message: /NUL bytes/ },
  { name: "invalid UTF-8", make: () => writeBytes("latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9])), message: /not valid UTF-8/ },
  { name: "an unsupported extension", make: () => writeBytes("article.pdf", "%PDF-1.4 text"), message: /unsupported file type/ },
  { name: "a 50 MB file", make: () => writeBytes("huge.txt", Buffer.alloc(50 * 1024 * 1024, "a")), message: /the limit is/ },
  { name: "a directory with no articles", make: () => mkdtempSync(path.join(dir, "empty-dir-")), message: /holds no \.txt or \.md files/ },
  { name: "text with no words", make: () => writeBytes("numbers.txt", "1234 5678 -- 90"), message: /no words/ },
  { name: "malformed front matter", make: () => writeBytes("front.md", "---\noutlet: [unclosed\n---\nA sentence said by someone."), message: /front matter/i },
];

describe("the ingest CLI refuses bad input with a clear message and leaves the database unchanged", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const before = await countAllRows();
      const file = c.make();
      const { code, output } = runIngest(file);
      expect(code).not.toBe(0);
      expect(output).toContain(path.basename(file));
      expect(output).toMatch(c.message);
      expect(await countAllRows()).toEqual(before);
    });
  }

  it("stores the good files of a mixed batch, reports the bad one and exits non-zero", async () => {
    const good = writeBytes("good.txt", "The council said the river rose two metres overnight. “We have never seen this,” said Ana Ruiz, the mayor.");
    const bad = writeBytes("bad.txt", "");
    const before = await countAllRows();
    const { code, output } = runIngest(good, bad);
    expect(code).toBe(1);
    expect(output).toMatch(/1 stored, 0 already stored, 1 failed/);
    expect((await countAllRows()).sources).toBe(before.sources + 1);
  });
});

describe("a failure halfway through storing an article", () => {
  it("leaves the database exactly as it was", async () => {
    const { ingestArticleText } = await import("../../lib/articles/ingest-article");
    const before = await countAllRows();
    const text = "Rescue teams said 40 homes were flooded. “The water came in minutes,” said Jon Bell, a resident.";
    for (const stage of ["source-written", "comparison-written"] as const) {
      await expect(
        ingestArticleText(text, "flood.txt", (at) => {
          if (at === stage) throw new Error(`injected failure at ${at}`);
        }),
      ).rejects.toThrow(/injected failure/);
      expect(await countAllRows()).toEqual(before);
    }
  });
});
