/** A fact's value written for a reader and for comparison keys: "9", "about 8%", "more than 30", "€4.2m", "3–91". */

const SYMBOLS: Record<string, string> = { EUR: "€", GBP: "£", USD: "$", JPY: "¥", INR: "₹" };

function short(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${+(n / 1e9).toFixed(2)}bn`;
  if (abs >= 1e6) return `${+(n / 1e6).toFixed(2)}m`;
  if (abs >= 1e4) return n.toLocaleString("en-GB", { maximumFractionDigits: 0 });
  return `${+n.toFixed(2)}`;
}

/** The printed value, in base units, as one normalised string. */
export function formatQuantity(q: { low: number | null; high: number | null; printed?: number | null; approx: string | null; dimension: string; unit: string | null }): string {
  const unit = q.unit;
  const money = q.dimension === "money" && unit;
  const num = (n: number) => (money ? `${SYMBOLS[unit] ?? `${unit} `}${short(n)}` : `${short(n)}${unit === "%" ? "%" : unit ? ` ${unit}` : ""}`);
  const centre = q.printed !== undefined && q.printed !== null && q.dimension === "count" ? q.printed : q.low !== null && q.high !== null ? (q.low + q.high) / 2 : (q.low ?? q.high ?? 0);
  if (q.approx === "vague") return `${num(q.low ?? 0)} or more (vague)`;
  if (q.low === null && q.high !== null) return `up to ${num(q.high)}`;
  if (q.approx && q.low === 0 && q.high !== null) return `${q.approx} ${num(q.high)}`;
  if (q.high === null && q.low !== null) return `${q.approx ?? "at least"} ${num(q.low)}`;
  if (q.low !== null && q.high !== null && q.low !== q.high && !q.approx) return `${num(q.low)}–${num(q.high)}`;
  if (q.approx) return `${q.approx} ${num(q.dimension === "count" ? centre : roundish(centre))}`;
  return num(q.low ?? 0);
}

function roundish(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : +n.toFixed(2);
}
