import type { TSentence } from "@/lib/schemas/pipeline";
import { coordinatedSubject, participleSubject, sentenceMentions, type ClaimKit } from "../claims-kit";

const NP_END = "(?=\\s+(?:for|since|after|before|while|and|because|when|until|over|on|to|as)\\b|[,.;“”\"]|$)";
const MOVE_RE = /\b(taken|transferred|moved|sent|flown|brought|removed|relocated|fled|escaped|returned|deported|extradited|driven|airlifted|evacuated)\s+(?:from\s+[^,.;]{1,60}?\s+)?to\s+((?:the|a|an)\s+[^,.;“”"]{1,90}?)(?=\s+(?:in\s+an?|on|after|before|while|and|followed|where|when|because|for|by)\b|[,.;“”"]|$)/g;
const STAY_RE = new RegExp(`\\b(sheltering|sheltered|residing|resided|living|lived|hiding|hid|staying|stayed|held|trapped|holed\\s+up|standing|stood|waiting|waited|speaking|gathered|protesting|camped)\\s+(inside|outside|in\\s+front\\s+of|near|in|at)\\s+((?:the|a|an)\\s+[^,.;“”"]{1,80}?)${NP_END}`, "g");
/** "the centre where X was held": the place a person was kept. */
const WHERE_HELD_RE = /\b((?:the|a|an)\s+[\p{L}\p{M}' -]{2,60}?)\s+where\s+$/u;
const HELD_AFTER_RE = /^\s+(?:was|were|is|are|had\s+been|has\s+been|is\s+being|was\s+being)\s+(?:held|detained|jailed|imprisoned|kept|housed|treated|sheltering|staying|living)\b/;
/** A locative right after the person an arrest/detention names: "arrest X inside the Y". */
const AT_AFTER_RE = new RegExp(`^\\s+(inside|at|in)\\s+((?:the|a|an)\\s+[^,.;“”"]{1,80}?)${NP_END}`);
const CONFERENCE_RE = new RegExp(`\\b(?:in|at|during)\\s+(?:a|an|the)\\s+(?:press|news)\\s+(?:conference|briefing)\\s+(?:held\\s+)?(?:outside|inside|in\\s+front\\s+of|near|at|in)\\s+((?:the|a|an)\\s+[^,.;“”"]{1,80}?)${NP_END}`, "g");

export function extractLocations(kit: ClaimKit, s: TSentence): void {
  const { text } = kit;
  const st = text.slice(s.start, s.end);
  const local = sentenceMentions(kit, s);
  const isPerson = (k: string | null) => k !== null && kit.typeOfKey(k) === "person";
  for (const re of [MOVE_RE, STAY_RE]) {
    re.lastIndex = 0;
    let mv: RegExpExecArray | null;
    while ((mv = re.exec(st))) {
      const pos = s.start + mv.index;
      if (kit.inQuote(pos)) continue;
      const dest = re === MOVE_RE ? mv[2] : mv[3];
      const vS = pos + mv[0].length - dest.length;
      const pre = st.slice(Math.max(0, mv.index - 40), mv.index);
      let subj = kit.subjectNear(pos, s.start, true) ?? coordinatedSubject(kit, pos, s);
      if (!subj && /\b(?:while|when|after|before)\s+$/.test(pre)) subj = participleSubject(kit, pos, s, ["statement", "action"]);
      if (!subj && /ing$/.test(mv[1]) && /,\s+$/.test(pre)) {
        // "X, speaking outside the gates, said": a participle set off right after its subject
        const m = local.find((x) => x.start >= s.start && /^,\s+$/.test(text.slice(x.end, pos)));
        subj = m ? m.entityKey : null;
      }
      if (!isPerson(subj)) continue;
      kit.add(s, subj, "location", vS, vS + dest.length);
    }
  }
  // "the detention centre where former Vice President X was held"
  for (const m of local) {
    if (!isPerson(m.entityKey)) continue;
    const before = text.slice(Math.max(s.start, m.start - 140), m.start);
    const wh = /\bwhere\s+((?:[\p{L}\p{M}'’.-]+\s+){0,5})$/u.exec(before);
    if (wh && HELD_AFTER_RE.test(text.slice(m.end, s.end))) {
      const wherePos = m.start - wh[0].length;
      const np = WHERE_HELD_RE.exec(text.slice(Math.max(s.start, wherePos - 70), wherePos + 6));
      if (np) {
        const vS = Math.max(s.start, wherePos - 70) + np.index;
        if (!kit.inQuote(vS)) kit.add(s, m.entityKey, "location", vS, vS + np[1].length);
      }
    }
    // "… arrest X inside the Y"
    let held = false;
    for (let i = kit.claims.length - 1; i >= 0 && kit.claims[i].start === s.start; i--) {
      const c = kit.claims[i];
      if (c.attribute === "legal_status" && c.subjectKey === m.entityKey && c.valueEnd <= m.start) held = true;
    }
    const at = held ? AT_AFTER_RE.exec(text.slice(m.end, s.end)) : null;
    if (at && !kit.inQuote(m.end)) {
      const vS = m.end + at[0].length - at[2].length;
      kit.add(s, m.entityKey, "location", vS, vS + at[2].length);
    }
  }
  // "said X in a press conference held outside the embassy"
  CONFERENCE_RE.lastIndex = 0;
  let cf: RegExpExecArray | null;
  while ((cf = CONFERENCE_RE.exec(st))) {
    const pos = s.start + cf.index;
    if (kit.inQuote(pos)) continue;
    const who = local.find((x) => x.start >= s.start && x.end <= pos && /^\s+$/.test(text.slice(x.end, pos)));
    const subj = who ? who.entityKey : participleSubject(kit, pos, s, ["statement"]);
    const vS = pos + cf[0].length - cf[1].length;
    if (subj) kit.add(s, subj, "location", vS, vS + cf[1].length);
  }
}
