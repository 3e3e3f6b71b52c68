import { expect, test, type APIRequestContext } from "@playwright/test";
import { saveScreenshot } from "./helpers";

// A long article made up here: invented places and people, one quote and several claims a paragraph.
const TOWNS = ["Northvale", "Brackenford", "Lowmere", "Ashcombe"];
const PEOPLE = ["Ilse Marrow", "Tobin Reyes", "Petra Lund", "Owen Fairley"];
const TARGET_CHARS = 300_000;
/** What a source page may weigh at most, however long the article (it was 30 MB for this one). */
const MAX_PAGE_BYTES = 3 * 1024 * 1024;

function longArticle(): string {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < TARGET_CHARS; i++) {
    const paragraph = `Paragraph ${i + 1}. The council of ${TOWNS[i % 4]} said on Monday that ${(i % 50) + 2} new buses would run from June. “We are ready for this,” said ${PEOPLE[i % 4]}, the transport chief, adding that the depot had been rebuilt.`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join("\n\n");
}

type TStored = { id: string; text: string; quotes: Array<{ id: string; start: number; end: number; text: string }> };
let stored: TStored;

async function storeLongArticle(request: APIRequestContext): Promise<TStored> {
  const created = await request.post("/api/sources", { data: { text: longArticle(), outlet: "Long Form Ledger" }, timeout: 120_000 });
  expect(created.status(), await created.text()).toBeLessThan(300);
  const { id } = await created.json();
  const { source } = await (await request.get(`/api/sources/${id}`)).json();
  return { id, text: source.text, quotes: source.quotes };
}

test.describe("a source page caps what it renders of a long article", () => {
  test.describe.configure({ timeout: 180_000 });
  test.beforeAll(async ({ request }) => {
    stored = await storeLongArticle(request);
  });
  test.afterAll(async ({ request }) => {
    if (stored) expect((await request.delete(`/api/sources/${stored.id}`)).status()).toBe(204);
  });

  test("the first part, with a note of how much is shown, and a small page", async ({ page, request }) => {
    const html = await (await request.get(`/sources/${stored.id}`)).text();
    expect(html.length).toBeLessThan(MAX_PAGE_BYTES);
    await page.goto(`/sources/${stored.id}`);
    const note = page.getByTestId("part-note");
    await expect(note).toContainText(`Showing characters 1–`);
    await expect(note).toContainText(`of ${stored.text.length.toLocaleString("en-US")} (part 1 of `);
    await expect(page.getByText("Paragraph 1. The council")).toBeVisible();
    await expect(page.getByText("Paragraph 1200. The council")).toHaveCount(0);
    // Highlights only in this part: no more quote marks than the part has paragraphs.
    const quoteMarks = await page.locator('article mark[data-kind="quote"]').count();
    expect(quoteMarks).toBeGreaterThan(10);
    expect(quoteMarks).toBeLessThan(stored.quotes.length / 4);
    await expect(page.getByRole("heading", { name: /Quotes \(\d+ in this part, \d+ in all\)/ })).toBeVisible();
    await saveScreenshot(page, "long-article-part-1", false);
  });

  test("a keyboard user pages on to the next part and jumps to any part", async ({ page }) => {
    await page.goto(`/sources/${stored.id}`);
    const next = page.getByRole("navigation", { name: "Parts of the article", exact: true }).getByRole("link", { name: /Next part/ });
    await next.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/part=2/);
    const note = page.getByTestId("part-note");
    await expect(note).toContainText("(part 2 of ");
    const part2Start = Number((await note.textContent())!.match(/Showing characters ([\d,]+)/)![1].replace(/,/g, "")) - 1;
    // The part starts where a paragraph starts, and shows the stored text from there.
    expect(stored.text.slice(part2Start)).toMatch(/^Paragraph \d+\. /);
    await expect(page.getByText(stored.text.slice(part2Start, part2Start + 40))).toBeVisible();

    await page.getByLabel("Go to part").fill("5");
    await page.getByLabel("Go to part").press("Enter");
    await expect(page).toHaveURL(/part=5/);
    await expect(note).toContainText("(part 5 of ");
  });

  test("a link to a passage deep in the article opens the part that holds it, marking exactly those characters", async ({ page }) => {
    const quote = stored.quotes[Math.floor(stored.quotes.length * 0.8)];
    await page.goto(`/sources/${stored.id}?start=${quote.start}&end=${quote.end}#highlight`);
    const note = page.getByTestId("part-note");
    await expect(note).not.toContainText("(part 1 of ");
    const marked = page.locator("article mark[data-linked]");
    expect((await marked.allTextContents()).join("")).toBe(stored.text.slice(quote.start, quote.end));
    await expect(marked.first()).toBeInViewport();
    await expect(page.getByRole("link", { name: /Next part/ }).first()).toHaveAttribute("href", new RegExp(`start=${quote.start}`));
  });

  test("the capped page reads well on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/sources/${stored.id}?part=2`);
    await expect(page.getByTestId("part-note")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, "long-article-phone", false);
  });
});
