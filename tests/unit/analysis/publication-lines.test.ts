import { describe, expect, it } from "vitest";
import { normalizeArticle } from "@/lib/analysis/normalize";
import { readCopyrightLine, readDateLine, readMastheadLine, readNavigationLine } from "@/lib/analysis/publication-lines";

describe("publication lines", () => {
  it.each([
    ["Published June 2, 2023 11:05 AM", "2023-06-02"],
    ["Updated Friday, Sept. 8, 2023, 6:40 a.m.", "2023-09-08"],
    ["Last updated 14 February 2022, 09:15", "2022-02-14"],
    ["Published 2021-11-30 08:00 | Updated 2021-11-30 10:12", "2021-11-30"],
    ["Thursday 3 August 2023", "2023-08-03"],
    ["Monday, January 9, 2023", "2023-01-09"],
    ["18 October 2020", "2020-10-18"],
  ])("reads the date of %s", (line, iso) => {
    expect(readDateLine(line)?.publishedAt).toBe(iso);
  });

  it("takes the outlet printed before the bar", () => {
    expect(readDateLine("River Valley Post | April 4, 2024")).toEqual({ publishedAt: "2024-04-04", outlet: "River Valley Post" });
  });

  it("refuses sentences and impossible dates", () => {
    expect(readDateLine("The bridge reopened on June 2, 2023 after repairs.")).toBeNull();
    expect(readDateLine("Published February 30, 2023")).toBeNull();
  });

  it("reads mastheads, copyright owners and navigation lines", () => {
    expect(readMastheadLine("Lakeside 12 News")).toBe("Lakeside 12 News");
    expect(readMastheadLine("Floods close the valley road")).toBeNull();
    expect(readCopyrightLine("© 2023 Lakeside 12 News")).toBe("Lakeside 12 News");
    expect(readCopyrightLine("Copyright 2024 Harbor Times. All rights reserved.")).toBe("Harbor Times");
    expect(readNavigationLine("Harbor Times | Weather")).toEqual({ outlet: "Harbor Times" });
    expect(readNavigationLine("The storm moved east | more soon.")).toBeNull();
  });

  it("keeps such lines out of the article text and into its metadata", () => {
    const raw = "Floods close valley road for a week\n\nLakeside 12 News\nPublished June 2, 2023 11:05 AM\n\nHeavy rain closed the valley road on Thursday.\n\n© 2023 Lakeside 12 News";
    const a = normalizeArticle(raw);
    expect(a.meta).toMatchObject({ outlet: "Lakeside 12 News", publishedAt: "2023-06-02", title: "Floods close valley road for a week" });
    expect(a.text).not.toMatch(/Published|©|Lakeside 12 News/);
    expect(a.text).toContain("Heavy rain closed the valley road on Thursday.");
  });

  it("does not take a reporter's job for the outlet", () => {
    const a = normalizeArticle("By Ana Ruiz, Science Correspondent\n\nThe dam held overnight, officials said.");
    expect(a.meta.byline).toBe("Ana Ruiz");
    expect(a.meta.outlet).toBeNull();
  });
});
