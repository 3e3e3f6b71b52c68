import { z } from "zod";
import { isHttpUrl } from "./article-meta";

/** The subset of schema.org's ClaimReview (as search engines read it) that the export produces. */
const ZThing = z.object({ "@type": z.enum(["Person", "Organization"]), name: z.string().min(1) });

export const ZClaimReview = z.object({
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("ClaimReview"),
  "@id": z.string().min(1),
  datePublished: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  claimReviewed: z.string().min(1).max(74),
  author: ZThing,
  reviewRating: z.object({
    "@type": z.literal("Rating"),
    alternateName: z.string().min(1),
    ratingExplanation: z.string().optional(),
  }),
  itemReviewed: z.object({
    "@type": z.literal("Claim"),
    author: ZThing,
    datePublished: z.string().optional(),
    appearance: z
      .array(
        z.object({
          "@type": z.literal("CreativeWork"),
          url: z.string().refine(isHttpUrl, "Only http and https URLs").optional(),
          name: z.string().optional(),
          publisher: z.object({ "@type": z.literal("Organization"), name: z.string() }).optional(),
          text: z.string(),
        }),
      )
      .min(1),
  }),
});
export type TClaimReview = z.infer<typeof ZClaimReview>;

export const ZClaimReviewDocument = z.array(ZClaimReview);
