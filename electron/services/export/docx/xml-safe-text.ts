// XML 1.0 cannot hold most control characters or unpaired surrogates at all, not even
// escaped: one of them in a text would make Word refuse to open the whole file. They are
// invisible in the editor, so dropping them loses nothing a reader could see.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with the characters XML 1.0 forbids removed; everything else is kept as it is. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, '');
}
