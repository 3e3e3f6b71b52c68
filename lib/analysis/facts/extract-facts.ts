/**
 * The general fact layer: every sentence outside headings through a declared list of rules of English news
 * writing (quantities, tallies, times, states, ages, ranks, designations). Each rule is a pure function of
 * one sentence and says which rule it is; every claim it makes carries that id as its `method`.
 */
import type { TClaim } from "@/lib/schemas/pipeline";
import { buildFactKit, draftToClaim, type FactContext, type FactRule } from "./fact-kit";
import { AGE_RULE } from "./rules/age";
import { DESIGNATION_RULE } from "./rules/designation";
import { INCLUSION_RULE } from "./rules/inclusion";
import { INTENT_RULE } from "./rules/intent";
import { QUANTITY_RULE, TALLY_RULE } from "./rules/quantity";
import { STATE_RULE } from "./rules/state";
import { TIME_RULE } from "./rules/time";
import { buildSentenceView } from "./sentence-view";
import { itemsWithin } from "../../text/text-patterns";
import { sentenceWindows } from "../../text/sentence-windows";

/** Add a rule here, in the order it should run: a newcomer's one place to look. */
export const FACT_RULES: FactRule[] = [QUANTITY_RULE, TALLY_RULE, AGE_RULE, TIME_RULE, STATE_RULE, INCLUSION_RULE, INTENT_RULE, DESIGNATION_RULE];

export function extractFacts(ctx: FactContext): TClaim[] {
  const kit = buildFactKit(ctx);
  const out: TClaim[] = [];
  const seen = new Set<string>();
  for (const s of ctx.sentences.flatMap((x) => sentenceWindows(ctx.text, x))) {
    if (ctx.blocks[s.blockIndex].kind === "heading") continue;
    const raw = ctx.text.slice(s.start, s.end);
    const rules = FACT_RULES.filter((r) => r.hint.test(raw));
    if (!rules.length) continue;
    const view = buildSentenceView(ctx.text, s, itemsWithin(ctx.mentions, s.start, s.end), kit.quoteSpans, kit.articleYear);
    for (const rule of rules) {
      for (const d of rule.run(view, kit)) {
        const key = `${d.attribute}|${d.valueStart}|${d.valueEnd}|${d.normalizedValue}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(draftToClaim(ctx.text, s, d, rule.id));
      }
    }
  }
  return out;
}
