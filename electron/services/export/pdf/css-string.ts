/**
 * Text as a CSS string literal (`"…"`) for `content:` in the page's stylesheet. Everything
 * but letters and digits is written as a six-digit hex escape, so no quote, backslash,
 * newline or `</style` in a publication name can end the string or the style element.
 * Spaces are escaped too: CSS swallows one space after a hex escape as its terminator.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    out += /[\p{L}\p{N}]/u.test(char) ? char : `\\${char.codePointAt(0)!.toString(16).padStart(6, '0')}`;
  }
  return `${out}"`;
}
