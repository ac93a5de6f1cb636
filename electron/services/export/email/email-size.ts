/**
 * Gmail shows "[Message clipped]" and hides the rest of an email whose HTML is over 102 KB
 * (102 × 1024 bytes). The limit counts bytes of UTF-8, not characters: every Cyrillic letter
 * is 2 bytes, so a Belarusian or Russian edition reaches it with half the text of an English one.
 */
export const GMAIL_CLIP_BYTES = 102 * 1024;

/** The email's size as Gmail measures it, and whether Gmail would clip it. */
export function emailSize(html: string): { bytes: number; clipped: boolean } {
  const bytes = Buffer.byteLength(html, 'utf8');
  return { bytes, clipped: bytes > GMAIL_CLIP_BYTES };
}
