/**
 * How well a story matches an article, in two channels: the article's named people, organisations and
 * places ("names") and its content words ("words"). Each channel is the share of the article's
 * IDF-weighted mass the story carries; the score is their harmonic mean, so that a story must share
 * both the names and the subject matter: two floods share words but not names, two stories from one
 * country share a name or two but not the words.
 */

/** Saturation of a key's share of a story's articles: carried by half of them counts 0.83, by all of them 1. */
const SHARE_SATURATION = 0.25;

export type TChannelMass = { names: number; words: number };

/**
 * What one key of the article contributes to a story: its mass, times how many of the story's articles
 * carry it (saturating), times the square root of the story's part of all articles carrying it (a name
 * spread over many stories points at none of them).
 */
export function keyContribution(mass: number, inStory: number, storyArticles: number, documentFrequency: number): number {
  const share = inStory / storyArticles;
  const saturated = (share * (1 + SHARE_SATURATION)) / (share + SHARE_SATURATION);
  return mass * saturated * Math.sqrt(inStory / Math.max(inStory, documentFrequency));
}

/** The two channel shares; an article without names is judged on its words alone. */
export function channelShares(covered: TChannelMass, total: TChannelMass): TChannelMass {
  const words = total.words > 0 ? covered.words / total.words : 0;
  const names = total.names > 0 ? covered.names / total.names : words;
  return { names, words: total.words > 0 ? words : names };
}

export function harmonicMean(a: number, b: number): number {
  return a > 0 && b > 0 ? (2 * a * b) / (a + b) : 0;
}
