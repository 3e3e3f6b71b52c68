const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON that stays inert inside an HTML `<script type="application/ld+json">` block, where a CMS pastes
 * JSON-LD: `<`, `>` and `&` are written as \u003c, \u003e and \u0026 (so no `</script>` or `<!--` can
 * appear), U+2028/2029 as escapes too. It parses back to exactly the same value.
 */
export function toScriptSafeJson(value: unknown, space = 2): string {
  return JSON.stringify(value, null, space).replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
