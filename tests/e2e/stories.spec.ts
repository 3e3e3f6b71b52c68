import { expect, test, type Page } from "@playwright/test";
import { saveScreenshot, seedStoryPath } from "./helpers";

const STORY_PAGES = ["", "/claims", "/compare", "/quotes", "/discrepancies", "/entities", "/factsheet"];

/** Each story card's title and article count, as the story list shows them. */
async function storyCards(page: Page): Promise<Array<{ title: string; articles: string }>> {
  await page.goto("/");
  const cards = page.getByTestId("story-card");
  const found: Array<{ title: string; articles: string }> = [];
  for (const card of await cards.all()) {
    found.push({ title: (await card.getByRole("heading").innerText()).trim(), articles: (await card.getByTestId("article-count").innerText()).trim() });
  }
  return found;
}

test("the story list shows the seed story with its outlets, article count and discrepancies", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Stories" })).toBeVisible();
  const card = page.getByTestId("story-card");
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId("article-count")).toHaveText("3 articles");
  await expect(card).toContainText("Latin Post");
  await expect(card).toContainText("CNN");
  await expect(card).toContainText("· Unnamed source"); // the seed article without an outlet
  await expect(card.getByRole("link", { name: /unreviewed/ })).toBeVisible();
  await saveScreenshot(page, "stories");
  await page.getByLabel("Search stories").fill("no such story anywhere");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No story matches “no such story anywhere”")).toBeVisible();
  await page.getByLabel("Search stories").fill("CNN");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("story-card")).toHaveCount(1);
});

test("every page of a story answers and names the story; an unknown story is a 404", async ({ page, request }) => {
  const story = await seedStoryPath(request);
  for (const segment of STORY_PAGES) {
    const response = await page.goto(`${story}${segment}`);
    expect(response?.status(), segment).toBe(200);
    const nav = page.getByRole("navigation", { name: "Story" });
    await expect(nav).toBeVisible();
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  }
  for (const missing of ["/stories/sty_0000000000", "/stories/sty_0000000000/claims", "/stories/not-a-story-id/quotes"]) {
    const response = await page.goto(missing);
    expect(response?.status(), missing).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  }
});

test("an old address leads to the only story's page, with its query", async ({ page, request }) => {
  const story = await seedStoryPath(request);
  await page.goto("/claims?subject=Canseco&scope=all");
  await expect(page).toHaveURL(`${story}/claims?subject=Canseco&scope=all`);
  await expect(page.getByLabel("Subject")).toHaveValue("Canseco");
  await page.goto("/discrepancies?kind=conflict");
  await expect(page).toHaveURL(`${story}/discrepancies?kind=conflict`);
});

test("an article moved to a new story in the browser makes two stories, both recomputed, and merging brings it back", async ({ page, request }) => {
  const story = await seedStoryPath(request);
  const seedTitle = (await storyCards(page))[0].title;

  await page.goto(story);
  await page.getByRole("link", { name: "CNN", exact: true }).click();
  await page.getByText("Move to story…").click();
  await page.getByLabel("Story", { exact: true }).selectOption("new");
  await page.getByLabel("Title of the new story").fill("Split test story");
  await page.getByRole("button", { name: "Move article" }).click();
  await expect(page).toHaveURL(/\/stories\/sty_[0-9a-z]+$/);
  const splitPath = new URL(page.url()).pathname;
  expect(splitPath).not.toBe(story);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Split test story: as 1 outlet reported it");
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);

  const cards = await storyCards(page);
  expect(cards).toHaveLength(2);
  expect(cards).toContainEqual({ title: "Split test story", articles: "1 article" });
  expect(cards).toContainEqual({ title: seedTitle, articles: "2 articles" });
  // With two stories an old address cannot choose: it leads to the list.
  await page.goto("/claims");
  await expect(page).toHaveURL(/\/$/);

  // The same person, one entity per story: each links to the other.
  await page.goto(`${splitPath}/entities`);
  await page.getByRole("link", { name: "Jorge Glas", exact: true }).click();
  const elsewhere = page.getByRole("region", { name: /in other stories/ });
  await expect(elsewhere.getByRole("link", { name: seedTitle })).toBeVisible();

  await page.goto(splitPath);
  await page.getByLabel("Rename").fill("Split story renamed");
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("navigation", { name: "Story" })).toContainText("Split story renamed");
  await page.getByLabel("Merge into…").selectOption({ label: seedTitle });
  await page.getByRole("button", { name: "Merge" }).click();
  await expect(page).toHaveURL(new RegExp(`${story}$`));
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(4);
  expect(await storyCards(page)).toEqual([{ title: seedTitle, articles: "3 articles" }]);
  expect((await page.goto(splitPath))?.status()).toBe(404);
});

test("the add form asks for a title when the article is to start a new story", async ({ page }) => {
  await page.goto("/sources/new");
  await page.getByLabel("Article text").fill("The harbour bridge reopened on Monday after repairs, the council said.");
  await page.getByLabel("Story", { exact: true }).selectOption("new");
  await page.getByRole("button", { name: "Add article" }).click();
  await expect(page.locator("#story-error")).toContainText("New story: give the story a title");
  await expect(page.getByLabel("Story", { exact: true })).toHaveValue("new");
  expect(await storyCards(page)).toHaveLength(1);
});

test("a story's claims page on a desktop screen", async ({ page, request }) => {
  await page.goto(`${await seedStoryPath(request)}/claims`);
  await saveScreenshot(page, "story-claims");
});
