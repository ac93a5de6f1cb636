import { malformedFile } from './malformed-file';

/**
 * Bytes to text, refusing anything that is not valid UTF-8 rather than guessing (D9: a
 * Windows-1251 file decoded leniently would put mojibake into the article). A leading byte
 * order mark, which Windows editors add, is dropped.
 */
export function decodeUtf8Text(bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw malformedFile(`the ${what} is not valid UTF-8 text`);
  }
}
