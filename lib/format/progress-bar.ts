/** A one-line text progress bar: `[#########-----------]  45% 9/20 label`. */
export function renderProgressBar(done: number, total: number, label = "", width = 24): string {
  const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 1;
  const filled = Math.round(ratio * width);
  const percent = `${Math.round(ratio * 100)}%`.padStart(4);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${percent} ${done}/${total}${label ? ` ${label}` : ""}`;
}
