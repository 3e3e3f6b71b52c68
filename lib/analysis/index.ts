/** Per-article analysis: one article's text in, its entities, quotes, claims and facts out. Pure. */
export { analyzeArticle } from "./analyze-article";
