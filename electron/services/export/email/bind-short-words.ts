const NO_BREAK_SPACE = '\u00a0';

/**
 * Text with no-break spaces where Belarusian and Russian typesetting forbids a line break:
 * before a spaced dash (a line never starts with "—") and after a one-letter word (в, з, і, у,
 * а, ў… never end a line). Mail clients wrap at every ordinary space, so the email's HTML
 * carries these rules itself; the plain-text part applies the same ones while wrapping.
 */
export function bindShortWords(text: string): string {
  return text
    .replace(/ +(?=[—–](?:\s|$))/g, NO_BREAK_SPACE)
    .replace(/(?<=^|[\s\p{Ps}\p{Pi}"'])(\p{L}) +(?=\S)/gu, `$1${NO_BREAK_SPACE}`);
}
