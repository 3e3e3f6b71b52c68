import type { TSentence } from "@/lib/schemas/pipeline";
import { coordinatedSubject, participleSubject, sentenceMentions, type ClaimKit } from "../claims-kit";
import { itemsWithin } from "../../../text/text-patterns";
import { normalizeValue } from "../claims-normalize";
import { officeHolder } from "./office";

/** A speech verb and what may stand between it and "that" ("confirmed on Friday that", "posted on X that", "told Reuters that"). */
const STATEMENT_RE = /\b(said|says|stated|states|confirmed|confirms|announced|announces|claimed|claims|claiming|warned|warns|warning|insisted|insists|insisting|argued|argues|arguing|added|adds|adding|saying|stating|noted|notes|told|tells|telling|posted|wrote|writes|tweeted)\s+(?:([^,.;:“”"()]{1,70}?)\s+(?=that\s))?(that\s+)?/g;
/** What may stand between a speech verb and "that": an adverbial ("on Friday", "in a statement"). */
const ADVERBIAL = /^(?:(?:on|in|at|to|during|via|through|from|late|early|earlier|later|this|last|yesterday|today|tonight|again|also|repeatedly|publicly|privately)\b)/i;
/** Verbs that never take a bare clause ("told the court the …" is a noun phrase, not a report). */
const NEEDS_THAT = /^(?:told|tells|telling|posted|wrote|writes|tweeted)$/;
const PARTICIPLE = /ing$/;
/** Where a reported clause ends: a following participle or attribution. */
const CONTENT_END = /,\s+(?:adding|saying|calling|citing|noting|according\s+to|with|while|as)\b|;\s/;
/** Where a second reported clause of the same verb starts: "said X(,) and that Y". */
const AND_THAT_RE = /,?\s+and\s+that\s+/;
/** Who a speaker told: the press, reporters, a named outlet. */
const AUDIENCE = /^(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:press|reporters?|journalists?|media|newspapers?|broadcasters?|radio|television|lawmakers|legislators|parliament|congress|supporters|crowds?|audiences?|news\s+agency|agency|correspondents?|interviewers?)\b(?:\s+from\s+)?/iu;
const CHANNEL_RE = /\b(said|stated|announced|confirmed|wrote|added)\s+in\s+(?:a|an)\s+((?:joint\s+|written\s+|brief\s+)?(?:statement|post|interview|press\s+conference|news\s+conference|video|letter|speech|message|press\s+release))\b/g;
const RELEASE_RE = /\b(released|issued|published|posted|put\s+out|sent\s+out)\s+(?:a|an)\s+((?:joint\s+|written\s+)?(?:statement|communiqu[ée]|press\s+release))\b/g;
const FRONTED_RE = /^In\s+(?:a|an)\s+((?:joint\s+|written\s+)?(?:statement|post|interview|press\s+conference|news\s+conference|video|letter|speech|message))\b(?:\s+(?:on|to|posted\s+on|published\s+on|released\s+on)\s+[^,]{1,60})?(?=,)/;
const STATEMENT_BY_RE = /\b[Aa]n?\s+statement\s+(?:released|issued|posted|published|sent)\s+by\s+/g;
const CONCERN_RE = /\b(voiced|expressed|raised)\s+(?:(?:deep|grave|serious|its|their|his|her)\s+)?(concerns?|alarm|regret|support|solidarity|outrage|sympathy|condolences|dismay)\b(?:\s+(?:over|about|at|for|with)\s+[^,.;“”"]{1,80}?(?=\s+(?:as|after|before|while|and|because|when|since)\b|[,.;“”"]|$))?/g;
const REMARKS_RE = /\b(made|gave|delivered)\s+(?:(?:a|the|several|some|his|her|their)\s+)?(statements?|remarks|comments)\b/g;
/** What a "made statements" clause is about: "made statements (that X considered “…”) about <topic>". */
const REMARKS_TOPIC_RE = /^(?:\s+that\s[^,.;]{1,80}?)?\s+(?:about|on|over|regarding)\s+([^,.;:“”"()]{2,80}?)(?=\s+(?:that|which|who|as|after|before|while|when|because)\b|[,.;:“”"()]|$)/;
/** Where a noun phrase meets its clause's verb: a past form or auxiliary not right after a determiner ("the plan angered"). */
const NP_VERB = String.raw`(?<!\b(?:the|a|an|his|her|its|their|this|these|those|\p{L}+['’]s))\s+(?:\p{Ll}+ed|is|are|was|were|has|have|had|will|would|said|says|told|drew|sparked|prompted|caused|led|came|won|made)\b`;
/** A nominalised statement after a possessive speaker: "X's (apparent) criticism of <object>". */
const NOMINAL_RE = new RegExp(
  String.raw`^['’]s?\s+((?:(?:[\p{Ll}-]+ly|apparent|alleged|repeated|recent|latest|public|earlier|fresh|sharp|harsh)\s+)?(?:criticism|comments?|remarks?|statements?|accusations?|claims?|denials?|praise)\s+(?:of|about|on|over|regarding)\s+[^,.;:“”"()]{2,100}?)` +
    String.raw`(?=\s+(?:that|which|who|as|after|before|while|when|because)\b|${NP_VERB}|[,.;:“”"()]|$)`,
  "u",
);
/** An object that is a time, not a topic ("its statement on Monday"). */
const WHEN_RE = /^(?:(?:last|this|next|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|January|February|March|April|May|June|July|August|September|October|November|December|\d)/i;
const CALLING_RE = /\b(?:before|after|while|when)\s+(calling\s+(?:on|for)|urging)\s+[^,.;“”"]{3,120}?(?=[,.;“”"]|$)/g;

export function extractStatements(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  const st = text.slice(s.start, s.end);
  const local = sentenceMentions(kit, s);
  /** "…, with X, head of Y, telling the press …": the participle's own subject follows "with". */
  const withSubject = (pos: number): string | null => {
    for (let i = local.length - 1; i >= 0; i--) {
      const m = local[i];
      if (m.end > pos || kit.prevWord(m.start) !== "with") continue;
      const gap = text.slice(m.end, pos).replace(/^,[^,;“”"]{2,150},\s*$/, " ");
      return /^\s+$/.test(gap) && kit.typeOfKey(m.entityKey) === "person" ? m.entityKey : null;
    }
    return null;
  };
  const speaker = (pos: number, participle: boolean) =>
    officeHolder(kit, pos, s.start) ?? kit.subjectNear(pos, s.start, true) ?? coordinatedSubject(kit, pos, s) ??
    (participle ? withSubject(pos) ?? participleSubject(kit, pos, s, ["statement", "action"]) : null);

  // --- channels: "said in a statement", "released a statement", "In a statement on X, Y said" ---
  for (const re of [CHANNEL_RE, RELEASE_RE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(st))) {
      const pos = s.start + m.index;
      if (kit.inQuote(pos)) continue;
      kit.add(s, speaker(pos, false), "statement", pos, pos + m[0].length, `issue ${normalizeValue(m[2])}`);
    }
  }
  const fr = FRONTED_RE.exec(st);
  if (fr) {
    const verb = /\b(said|stated|announced|confirmed|wrote|added|says)\b/.exec(st.slice(fr[0].length));
    if (verb) {
      const vPos = s.start + fr[0].length + verb.index;
      kit.add(s, kit.subjectNear(vPos, s.start + fr[0].length + 1, true), "statement", s.start, s.start + fr[0].length, `issue ${normalizeValue(fr[1])}`);
    }
  }
  STATEMENT_BY_RE.lastIndex = 0;
  let sb: RegExpExecArray | null;
  while ((sb = STATEMENT_BY_RE.exec(st))) {
    const at = s.start + sb.index + sb[0].length;
    const who = local.find((x) => x.start === at);
    if (!who) continue;
    kit.add(s, who.entityKey, "statement", s.start + sb.index, who.end, "issue statement");
    const v = /^(?:\s+on\s+\S+)?\s+(?:also\s+)?((?:said|confirmed|announced|stated|denied)\s+[^“”"]{3,120}?)(?=[,;“”"]|\.\s*$|$)/.exec(text.slice(who.end, s.end));
    if (v) {
      const vS = who.end + v[0].length - v[1].length;
      kit.add(s, who.entityKey, "statement", vS, vS + v[1].length);
    }
  }
  // --- "voiced concern over …", "made statements" ---
  for (const re of [CONCERN_RE, REMARKS_RE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(st))) {
      const pos = s.start + m.index;
      if (kit.inQuote(pos)) continue;
      const subj = speaker(pos, false);
      if (!subj) continue;
      const topic = re === REMARKS_RE ? REMARKS_TOPIC_RE.exec(text.slice(pos + m[0].length, s.end)) : null;
      const norm = re === CONCERN_RE ? `express ${normalizeValue(m[0].slice(m[1].length))}` : topic ? `make remarks about ${normalizeValue(topic[1])}` : "make remarks";
      kit.add(s, subj, "statement", pos, pos + m[0].length, norm);
    }
  }
  // --- nominalised statements: "X's apparent criticism of Y" ---
  for (const m of local) {
    const nm = NOMINAL_RE.exec(text.slice(m.end, Math.min(s.end, m.end + 160)));
    if (!nm || kit.typeOfKey(m.entityKey) === "other" || WHEN_RE.test(nm[1].replace(/^.*?\b(?:of|about|on|over|regarding)\s+/, ""))) continue;
    const vS = m.end + nm[0].length - nm[1].length;
    kit.add(s, m.entityKey, "statement", vS, vS + nm[1].length);
  }
  // --- "… said X before calling on …": the speaker printed just before ---
  CALLING_RE.lastIndex = 0;
  let cl: RegExpExecArray | null;
  while ((cl = CALLING_RE.exec(st))) {
    const pos = s.start + cl.index;
    if (kit.inQuote(pos)) continue;
    const who = local.find((x) => x.end <= pos && x.start >= s.start && /^\s+$/.test(text.slice(x.end, pos)));
    const subj = who ? who.entityKey : participleSubject(kit, pos, s, ["statement"]);
    const vS = pos + cl[0].length - cl[0].replace(/^\S+\s+/, "").length;
    kit.add(s, subj, "statement", vS, pos + cl[0].length);
  }

  // --- "told local press", "told a reporter from X", "told X that" ---
  // --- paraphrased statements: "X said (that) …", "X posted on Y that …" ---
  STATEMENT_RE.lastIndex = 0;
  let sm: RegExpExecArray | null;
  while ((sm = STATEMENT_RE.exec(st))) {
    const pos = s.start + sm.index;
    if (kit.inQuote(pos)) continue;
    const verb = sm[1].toLowerCase();
    const mid = sm[2] ?? "";
    STATEMENT_RE.lastIndex = sm.index + sm[1].length;
    const participle = PARTICIPLE.test(verb) && /,\s*$|\b(?:while|before|after)\s+$/.test(st.slice(Math.max(0, sm.index - 20), sm.index));
    if (/^(?:tel|told)/.test(verb)) {
      const afterVerb = pos + sm[1].length + (text.slice(pos + sm[1].length).length - text.slice(pos + sm[1].length).trimStart().length);
      const rest = text.slice(afterVerb, Math.min(s.end, afterVerb + 90));
      const aud = AUDIENCE.exec(rest);
      const org = itemsWithin(kit.mentions, afterVerb, Math.min(s.end, afterVerb + 90)).find((x) => x.start >= afterVerb && x.start <= afterVerb + (aud ? aud[0].length : 4) && kit.typeOfKey(x.entityKey) === "organization" && /^(?:(?:the|a|an)\s+)?$/i.test(text.slice(aud ? afterVerb + aud[0].length : afterVerb, x.start)));
      const end = org ? org.end : aud ? afterVerb + aud[0].replace(/\s+from\s+$/, "").length : -1;
      if (end > 0) {
        const subj = speaker(pos, participle);
        const audience = text.slice(afterVerb, end);
        kit.add(s, subj, "statement", pos, end, `tell ${normalizeValue(audience.replace(/^(?:the|a|an)\s+/i, ""))}`);
      }
    }
    // intervening words only before "that", and only an adverbial or an audience; else the clause starts at the verb
    const midOk = !!mid && !/\b(?:said|says|that|which|who|whom)\b/.test(mid) && mid.split(/\s+/).length <= 7 &&
      (ADVERBIAL.test(mid) || /^(?:tel|told|posted|wrote|writes|tweeted)/.test(verb));
    if (!(mid ? midOk : sm[3]) && NEEDS_THAT.test(verb)) continue;
    const vS = mid && !midOk ? pos + sm[1].length + 1 : pos + sm[0].length;
    let vE = s.end;
    let rest = text.slice(vS, vE);
    const cut = CONTENT_END.exec(rest);
    if (cut && cut.index > 0) {
      rest = rest.slice(0, cut.index);
      vE = vS + cut.index;
    }
    const q = rest.search(/[“”"]/);
    if (q >= 0) {
      // a clause running into a partial quotation: the words before it, when they make a clause of their own
      const head = rest.slice(0, q).replace(/\s+(?:that|as|was|were|is|are)?\s*$/, (x) => (/that/.test(x) ? "" : x));
      if (head.trim().split(/\s+/).length < 4 || /^\s*$/.test(head)) continue;
      rest = head.replace(/\s+$/, "");
      vE = vS + rest.length;
    }
    if (rest.length < 12 || /^(?:in|on|at|to|during|before|after|the\s+statement)\b/i.test(rest)) continue;
    if (!/^(?:he|she|it|they|there|this|that|[\p{Ll}\p{Lu}\d])/u.test(rest)) continue;
    if (/^[\p{Lu}][\p{L}]+\s+(?:in|on|at)\b/u.test(rest)) continue;
    const subj = speaker(pos, participle);
    if (!subj) continue;
    while (vE > vS && /[.\s]/.test(text[vE - 1])) vE--;
    // two reported clauses of one verb ("said X and that Y"): one claim each
    const and = AND_THAT_RE.exec(text.slice(vS, vE));
    if (and && and.index >= 12 && vE - (vS + and.index + and[0].length) >= 12) {
      kit.add(s, subj, "statement", vS, vS + and.index);
      kit.add(s, subj, "statement", vS + and.index + and[0].length, vE);
    } else kit.add(s, subj, "statement", vS, vE);
  }
}
