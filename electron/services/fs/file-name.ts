export type InvalidFileNameReason =
  | 'empty'
  | 'dot-segment'
  | 'leading-dot'
  | 'separator'
  | 'nul'
  | 'control-character'
  | 'lone-surrogate'
  | 'windows-forbidden-character'
  | 'windows-reserved-name'
  | 'trailing-dot-or-space'
  | 'too-long';

export class InvalidFileNameError extends Error {
  override readonly name = 'InvalidFileNameError';
  constructor(
    readonly fileName: string,
    readonly reason: InvalidFileNameReason,
  ) {
    super(`Invalid file name (${reason}): ${JSON.stringify(fileName)}`);
  }
}

// Most file systems cap a name at 255 bytes; Cyrillic takes two bytes a letter.
const MAX_NAME_BYTES = 255;
// The library must sync to Windows machines, so names Windows cannot hold are refused
// everywhere, not only when running on Windows.
const WINDOWS_FORBIDDEN = /[<>:"|?*]/;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const CONTROL = /[\u0001-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Returns `name` NFC-normalised (macOS hands out NFD names, and "й" in two forms would
 * otherwise be two different articles), or throws InvalidFileNameError for anything that
 * is not one plain portable name: separators, '.'/'..', hidden (leading dot, which is also
 * where our temp files live), NUL/control characters, Windows-reserved names and
 * characters, trailing dots or spaces, more than 255 UTF-8 bytes.
 * Only file names are normalised; document text never is.
 */
export function nfcFileName(name: string): string {
  const nfc = name.normalize('NFC');
  const fail = (reason: InvalidFileNameReason): never => {
    throw new InvalidFileNameError(name, reason);
  };
  if (nfc.length === 0) fail('empty');
  if (nfc === '.' || nfc === '..') fail('dot-segment');
  if (nfc.includes('/') || nfc.includes('\\')) fail('separator');
  if (nfc.includes('\u0000')) fail('nul');
  if (CONTROL.test(nfc)) fail('control-character');
  if (LONE_SURROGATE.test(nfc)) fail('lone-surrogate');
  if (nfc.startsWith('.')) fail('leading-dot');
  if (WINDOWS_FORBIDDEN.test(nfc)) fail('windows-forbidden-character');
  if (/[. ]$/.test(nfc)) fail('trailing-dot-or-space');
  // Windows ignores the extension and trailing spaces: "con.json" and "NUL .txt" are devices.
  const stem = nfc.split('.')[0]?.trimEnd() ?? '';
  if (WINDOWS_RESERVED.test(stem)) fail('windows-reserved-name');
  if (Buffer.byteLength(nfc, 'utf8') > MAX_NAME_BYTES) fail('too-long');
  return nfc;
}
