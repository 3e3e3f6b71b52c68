/** Names and keys of an article's entities: persons take their longest form; keys are stable slugs, unique per article. */
import type { Ent } from "./merge-entity-mentions";
import { fold } from "../../text/text-patterns";

function slug(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Names and keys the entities that have a form (in place), and returns them. */
export function assignKeys(ents: Ent[]): Ent[] {
  const used = new Set<string>();
  const live = ents.filter((e) => e.forms.size > 0);
  for (const e of live) {
    if (e.type === "person") {
      const longest = [...e.forms].map((f) => f.replace(/['’]s$/, "")).sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || b.length - a.length)[0];
      if (longest && longest.split(/\s+/).length >= e.name.split(/\s+/).length) e.name = longest;
    }
    let key = `${e.type}:${slug(e.name) || "x"}`;
    let n = 2;
    while (used.has(key)) key = `${e.type}:${slug(e.name)}-${n++}`;
    used.add(key);
    e.key = key;
  }
  return live;
}
