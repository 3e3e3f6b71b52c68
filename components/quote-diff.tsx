import type { TQuoteClusterRow } from "@/lib/db/quote-clusters";
import { sourceLabel } from "@/lib/format/labels";
import { diffWording, differsOnlyInPunctuation, plainSpaces } from "@/lib/format/word-diff";
import { Excerpt } from "./excerpt";
import { KindBadge } from "./badges";
import { SourceName } from "./source-name";

const KIND_LABEL: Record<string, string> = { identical: "identical", punctuation: "punctuation only", wording: "wording differs" };
const KIND_STYLE: Record<string, string> = { identical: "agree", punctuation: "variant", wording: "conflict" };
/** Outlets named for one wording; the rest are counted (a quotation hundreds of outlets print stays short). */
const MAX_NAMED = 6;

/** Speakers named for one wording (different outlets may credit it to different people). */
const MAX_SPEAKERS = 3;

type Quote = TQuoteClusterRow["quotes"][number];
type Version = { text: string; quotes: Quote[] };

/** The cluster's quotes grouped by wording (spacing aside), in the order each wording first appears. */
function versionsOf(quotes: Quote[]): Version[] {
  const byWording = new Map<string, Version>();
  for (const q of quotes) {
    const key = plainSpaces(q.text);
    const same = byWording.get(key);
    if (same) same.quotes.push(q);
    else byWording.set(key, { text: q.text, quotes: [q] });
  }
  return [...byWording.values()];
}

/** "Daily Ledger · Harbor Times · Metro Wire and 12 other outlets", each name linking to the span that outlet printed. */
function Printers({ version }: { version: Version }) {
  const named = version.quotes.slice(0, MAX_NAMED);
  const speakers = [...new Set(version.quotes.map((q) => q.speaker ?? "unattributed"))];
  return (
    <p className="text-xs font-semibold uppercase tracking-wide text-subtle">
      {named.map((q, i) => (
        <span key={q.id}>
          {i > 0 && ", "}
          <a href={`/sources/${q.sourceId}?start=${q.start}&end=${q.end}#highlight`} className="underline-offset-2 hover:underline"><SourceName source={q.source} /></a>
        </span>
      ))}
      {version.quotes.length > MAX_NAMED && <span className="font-normal normal-case"> and {version.quotes.length - MAX_NAMED} other outlets</span>}
      {" · "}{speakers.slice(0, MAX_SPEAKERS).join(" / ")}
      {speakers.length > MAX_SPEAKERS && <span className="font-normal normal-case"> and {speakers.length - MAX_SPEAKERS} other speakers</span>}
    </p>
  );
}

/** One quotation as the outlets printed it: each distinct wording once, diffed word by word against the first. */
export function QuoteDiff({ cluster }: { cluster: TQuoteClusterRow }) {
  const [base, ...others] = versionsOf(cluster.quotes);
  const first = base.quotes[0];
  return (
    <article className="rounded-lg border border-line bg-surface p-4" data-testid="quote-cluster" data-kind={cluster.kind}>
      <header className="flex flex-wrap items-center gap-2">
        <KindBadge kind={KIND_STYLE[cluster.kind] ?? "single"} label={KIND_LABEL[cluster.kind] ?? cluster.kind} />
        {cluster.attributionDiffers && <KindBadge kind="attribution" label="different speakers" />}
        <h2 className="text-sm font-medium text-ink-soft">
          {cluster.quotes.length} outlets print this quotation{others.length > 0 ? ` in ${others.length + 1} wordings` : ""}
        </h2>
      </header>
      <div className="mt-3 space-y-3">
        <div>
          <Printers version={base} />
          {base.quotes.length > 1 && <p className="text-xs text-subtle">same words and punctuation in all {base.quotes.length}</p>}
          <Excerpt sourceId={first.sourceId} text={first.text} start={first.start} end={first.end} />
        </div>
        {others.map((version) => {
          const q = version.quotes[0];
          const parts = diffWording(base.text, version.text);
          return (
            <div key={q.id}>
              <Printers version={version} />
              <p className="text-xs text-subtle">{differsOnlyInPunctuation(base.text, version.text) ? "punctuation differs" : "words differ"} from the first wording</p>
              <p className="border-l-2 border-line-strong pl-2 text-sm leading-relaxed" aria-label={`Differences from ${sourceLabel(first.source)}`}>
                {parts.map((part, i) =>
                  part.change === "same" ? (
                    <span key={i}>{part.text}</span>
                  ) : part.change === "added" ? (
                    <ins key={i} className={part.isPunctuationOnly ? "bg-warning-soft no-underline" : "bg-success-soft underline"} title={part.isPunctuationOnly ? "punctuation added" : "words added"}>{part.text}</ins>
                  ) : (
                    <del key={i} className={part.isPunctuationOnly ? "bg-warning-faint text-warning-ink" : "bg-danger-soft text-danger-ink"} title={part.isPunctuationOnly ? "punctuation removed" : "words removed"}>{part.text}</del>
                  ),
                )}
                <a href={`/sources/${q.sourceId}?start=${q.start}&end=${q.end}#highlight`} className="ml-1 whitespace-nowrap text-xs text-link underline">chars {q.start}–{q.end}</a>
              </p>
            </div>
          );
        })}
      </div>
    </article>
  );
}
