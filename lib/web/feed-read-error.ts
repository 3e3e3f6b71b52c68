/** A document `readFeed` will not read: not a feed, not XML, or one that declares entities. */
export class FeedReadError extends Error {
  override name = "FeedReadError";
}
