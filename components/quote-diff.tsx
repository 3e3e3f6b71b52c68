import type { TQuoteClusterRow } from "@/lib/db/quote-clusters";
import { sourceLabel } from "@/lib/format/labels";
import { diffWording, differsOnlyInPunctuation, isSameWording } from "@/lib/format/word-diff";
import { Excerpt } from "./excerpt";
import { KindBadge } from "./badges";

const KIND_LABEL: Record<string, string> = { identical: "identical", punctuation: "punctuation only", wording: "wording differs" };
const KIND_STYLE: Record<string, string> = { identical: "agree", punctuation: "variant", wording: "conflict" };

/** One quotation as each outlet printed it, with a word diff of every version against the first. */
export function QuoteDiff({ cluster }: { cluster: TQuoteClusterRow }) {
  const [base, ...others] = cluster.quotes;
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4" data-testid="quote-cluster" data-kind={cluster.kind}>
      <header className="flex flex-wrap items-center gap-2">
        <KindBadge kind={KIND_STYLE[cluster.kind] ?? "single"} label={KIND_LABEL[cluster.kind] ?? cluster.kind} />
        {cluster.attributionDiffers && <KindBadge kind="attribution" label="different speakers" />}
        <h2 className="text-sm font-medium text-slate-800">{cluster.quotes.length} outlets print this quotation</h2>
      </header>
      <div className="mt-3 space-y-3">
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{sourceLabel(base.source)} · {base.speaker ?? "unattributed"}</p>
          <Excerpt sourceId={base.sourceId} text={base.text} start={base.start} end={base.end} />
        </div>
        {others.map((q) => {
          const parts = diffWording(base.text, q.text);
          const same = isSameWording(q.text, base.text);
          return (
            <div key={q.id}>
              <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
                {sourceLabel(q.source)} · {q.speaker ?? "unattributed"}
                <span className="ml-2 font-normal normal-case text-slate-600">
                  {same ? "same words and punctuation" : differsOnlyInPunctuation(base.text, q.text) ? "punctuation differs" : "words differ"}
                </span>
              </p>
              {same ? (
                <Excerpt sourceId={q.sourceId} text={q.text} start={q.start} end={q.end} />
              ) : (
                <p className="border-l-2 border-slate-300 pl-2 text-sm leading-relaxed" aria-label={`Differences from ${sourceLabel(base.source)}`}>
                  {parts.map((part, i) =>
                    part.change === "same" ? (
                      <span key={i}>{part.text}</span>
                    ) : part.change === "added" ? (
                      <ins key={i} className={part.isPunctuationOnly ? "bg-amber-100 no-underline" : "bg-emerald-100 underline"} title={part.isPunctuationOnly ? "punctuation added" : "words added"}>{part.text}</ins>
                    ) : (
                      <del key={i} className={part.isPunctuationOnly ? "bg-amber-50 text-amber-900" : "bg-red-100 text-red-900"} title={part.isPunctuationOnly ? "punctuation removed" : "words removed"}>{part.text}</del>
                    ),
                  )}
                  <a href={`/sources/${q.sourceId}?start=${q.start}&end=${q.end}#highlight`} className="ml-1 whitespace-nowrap text-xs text-indigo-700 underline">chars {q.start}–{q.end}</a>
                </p>
              )}
            </div>
          );
        })}
      </div>
    </article>
  );
}
