/**
 * Plain text keeps its paragraphs as ProseMirror splits them (every line break starts a
 * paragraph; blank lines add none). Here only what is never text goes: C0 control
 * characters other than tab and line breaks, a byte-order mark, and the Unicode line and
 * paragraph separators, which become ordinary line breaks so they split paragraphs too.
 */
export function cleanPastedText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/g, '');
}
