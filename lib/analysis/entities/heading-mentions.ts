/**
 * Mentions in headings, where capitalisation says nothing: only forms already known from the body (and a
 * person's surname), plus government organisations.
 */
import type { TSentence } from "@/lib/schemas/pipeline";
import { governmentMatches } from "./government-names";
import type { Ent, EntityTable } from "./merge-entity-mentions";
import type { RawMention } from "./raw-mentions";
import { escapeRe, fold } from "../../text/text-patterns";

export function headingMentions(text: string, headings: TSentence[], raw: RawMention[], table: EntityTable): void {
  if (!headings.length) return;
  const formToEnt = knownForms(table.ents);
  const alts = [...formToEnt.keys()].filter((f) => f.length > 1).sort((a, b) => b.length - a.length);
  const re = alts.length ? new RegExp(`(?<![\\p{L}\\p{M}])(${alts.map(escapeRe).join("|")})(?![\\p{L}\\p{M}])`, "gu") : null;
  for (const s of headings) {
    const sText = text.slice(s.start, s.end);
    const taken = headingGovernments(text, s, raw, table);
    if (!re) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sText))) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const e = formToEnt.get(m[0])!;
      raw.push({ start, end, text: m[0], type: e.type, canon: e.name, strong: true });
      table.mentionEnt.push(e);
    }
  }
}

/** Every printed form of the body's entities, their names, and a person's last name when no other entity has it. */
function knownForms(ents: Ent[]): Map<string, Ent> {
  const formToEnt = new Map<string, Ent>();
  for (const e of ents) {
    if (!e.forms.size) continue;
    for (const f of e.forms) formToEnt.set(f, e);
    formToEnt.set(e.name, e);
    if (e.type === "person") {
      const last = e.name.split(/\s+/).pop()!;
      if (!formToEnt.has(last)) formToEnt.set(last, e);
    }
  }
  return formToEnt;
}

/** Government names in a heading, as mentions of their organisation (created when new); returns their spans. */
function headingGovernments(text: string, s: TSentence, raw: RawMention[], { ents, byCanon, mentionEnt }: EntityTable): Array<[number, number]> {
  const taken: Array<[number, number]> = [];
  for (const g of governmentMatches(text, s)) {
    const { start, canon } = g;
    let e = byCanon.get(`org|${fold(canon)}`);
    if (!e) {
      e = { key: "", name: canon, type: "organization", forms: new Set(), tokens: fold(canon).split(" "), strong: true };
      ents.push(e);
      byCanon.set(`org|${fold(canon)}`, e);
    }
    e.forms.add(g.text);
    raw.push({ start, end: start + g.text.length, text: g.text, type: "organization", canon, strong: true });
    mentionEnt.push(e);
    taken.push([start, start + g.text.length]);
  }
  return taken;
}
