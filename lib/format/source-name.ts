/** How a source is named to a reader: its outlet, or "Unnamed source" with what tells it apart. */

export const UNNAMED_SOURCE = "Unnamed source";

/** The stored fields a name is built from; `url` and `id` are used when the caller has them. */
export type TSourceNameInput = { outlet: string | null; file?: string | null; url?: string | null; id?: string };

export type TSourceName = {
  /** The outlet as stored, or "Unnamed source". */
  name: string;
  /** For an unnamed source: its file name, else its URL's host, else its id; null for a named outlet. */
  detail: string | null;
  /** `detail` short enough to sit beside the name in a column heading ("003_99b…txt"). */
  shortDetail: string | null;
  /** One line of plain text for exports, titles, options and aria labels: "Unnamed source — example.org" (a dash, not brackets, because summaries put outlets in brackets). */
  text: string;
};

/** File names longer than this keep their start and extension around an ellipsis. */
const MAX_SHORT_FILE = 12;
/** Hosts are read whole up to this length; longer ones lose their middle. */
const MAX_SHORT_HOST = 28;

/** "example.org" from "https://www.example.org/a/b"; null when the text is not an http(s) URL. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    return parsed.hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** "003_99b…txt" from "003_99b86c2a8920ba6a.txt": the start and the extension, joined by an ellipsis. */
export function shortenFileName(file: string, max = MAX_SHORT_FILE): string {
  if (file.length <= max) return file;
  const dot = file.lastIndexOf(".");
  const extension = dot > 0 && file.length - dot - 1 <= 5 ? file.slice(dot + 1) : "";
  const head = Math.max(3, max - extension.length - 2);
  return `${file.slice(0, head)}…${extension}`;
}

/** A long host keeps its first and last characters (the registered domain stays readable). */
function shortenHost(host: string): string {
  if (host.length <= MAX_SHORT_HOST) return host;
  const tail = Math.floor(MAX_SHORT_HOST / 2);
  return `${host.slice(0, MAX_SHORT_HOST - tail - 1)}…${host.slice(-tail)}`;
}

/** The name a reader sees for a source, with its plain-text form. */
export function nameSource(source: TSourceNameInput): TSourceName {
  const outlet = source.outlet?.trim();
  if (outlet) return { name: outlet, detail: null, shortDetail: null, text: outlet };
  const file = source.file?.trim() || null;
  const host = hostOf(source.url);
  const detail = file ?? host ?? source.id ?? null;
  const shortDetail = file ? shortenFileName(file) : host ? shortenHost(host) : detail;
  return { name: UNNAMED_SOURCE, detail, shortDetail, text: detail ? `${UNNAMED_SOURCE} — ${detail}` : UNNAMED_SOURCE };
}

/** A column of the claims page or the compare matrix: one source and how it is named. */
export type TSourceColumn = { id: string; name: TSourceName };

export function sourceColumn(source: TSourceNameInput & { id: string }): TSourceColumn {
  return { id: source.id, name: nameSource(source) };
}

/** Where only a count is known (a story card): "Unnamed source", or "3 unnamed sources". */
export function unnamedSourcesLabel(count: number): string {
  return count === 1 ? UNNAMED_SOURCE : `${count} unnamed sources`;
}
