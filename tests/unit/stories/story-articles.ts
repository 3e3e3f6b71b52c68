import { analyzeArticle } from "@/lib/analysis";
import { articleFingerprint, type TArticleFingerprint } from "@/lib/stories/article-fingerprint";

/** Invented test articles: two outlets' rewrites of one event, and an unrelated event on the same day. */

export const BRIDGE_COURIER = `---
outlet: The Example Courier
title: Footbridge collapses over the Selva canal in Marrowick, injuring four
published: 2030-05-12
---
MARROWICK — A pedestrian footbridge over the Selva canal collapsed on Sunday afternoon in Marrowick, injuring four people who fell into the water, the city's fire brigade said.

Divers from the Marrowick Fire Brigade pulled the four from the canal within minutes. Two were taken to Saint Odile Hospital with broken bones.

The bridge, built in 1968, had been inspected in March. Engineer Dorota Valkenburg, who led that inspection, said corrosion had been found in two of its steel supports.

"We recommended repairs last spring," Valkenburg said. "The city postponed them."

Mayor Ansel Dufrain said the city would open an inquiry and close two other bridges of the same design.
`;

export const BRIDGE_DAILY = `Four hurt as Marrowick canal bridge gives way

By Lena Okafor, Western Daily
Published May 13, 2030

Four people were injured when a footbridge across the Selva canal in Marrowick gave way on Sunday, dropping them into the water.

Mayor Ansel Dufrain has ordered an inquiry into the collapse and shut two similar bridges while they are checked.

An inspection in March, led by the engineer Dorota Valkenburg, found rust in the steel supports of the bridge, according to a report seen by the Western Daily.

Fire brigade divers rescued all four. Two remain in Saint Odile Hospital.
`;

export const ORCHESTRA_PRIZE = `---
title: Tenby Vale orchestra wins national prize for its recording of forgotten folk songs
published: 2030-05-12
---
The Tenby Vale Chamber Orchestra won the national recording prize on Saturday for an album of folk songs collected by the composer Ilse Marchetti in the 1920s.

Conductor Rafael Oyelaran said the players had spent two winters transcribing the songs from wax cylinders held by the Corvin Sound Archive.

"These melodies were nearly lost," Oyelaran told the audience at the ceremony in Lutheny.

The prize comes with a grant that the orchestra will spend on a tour of village halls next spring.
`;

export function fingerprintOf(raw: string): TArticleFingerprint {
  const analysis = analyzeArticle(raw);
  return articleFingerprint({ text: analysis.text, analysis });
}
