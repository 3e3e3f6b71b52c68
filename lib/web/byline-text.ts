/** "By Ana Ruiz" → "Ana Ruiz": the credit word is a label, not part of anyone's name. */
export function stripBylinePrefix(value: string): string {
  return value.replace(/^\s*by\s+/i, "");
}

/** Profile links stand where a name should be on many pages; a byline is never a URL or a path. */
export function isUrlLike(value: string): boolean {
  return /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|\/|www\.)/i.test(value);
}

/** Names as a byline reads them: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The names worth printing, credit word removed, links and repeats dropped, in the page's order. */
export function cleanAuthorNames(values: readonly string[]): string[] {
  const names: string[] = [];
  for (const value of values) {
    const name = stripBylinePrefix(value).replace(/\s+/g, " ").trim();
    if (name && !isUrlLike(name) && !names.includes(name)) names.push(name);
  }
  return names;
}
