import { stableStringify } from '../../electron/services/fs/stable-json';
import { seededRandom } from './fs-seeded-random';

// Cyrillic is two UTF-8 bytes a letter, so a torn multi-byte sequence would also show.
const PHRASE = 'Сёння ў Мінску: навіны тыдня, інтэрв’ю і фота. Сегодня в Минске — новости недели. ';
const MAX_CHARS = 100_000; // ~200 KB of UTF-8

export const SIGKILL_KEY_ORDER = ['schemaVersion', 'version'];

/** The document a writer saves as version `version`: sizes vary widely from one version to the next. */
export function sigkillDocument(version: number): { schemaVersion: 1; version: number; title: string; body: string } {
  const random = seededRandom(version);
  const length = Math.floor(random() ** 2 * MAX_CHARS);
  const start = Math.floor(random() * PHRASE.length);
  const body = PHRASE.repeat(Math.ceil((length + start) / PHRASE.length) + 1).slice(start, start + length);
  return { schemaVersion: 1, version, title: `Выпуск № ${version}`, body };
}

export function sigkillDocumentText(version: number): string {
  return stableStringify(sigkillDocument(version), { keyOrder: SIGKILL_KEY_ORDER });
}
