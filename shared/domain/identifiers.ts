import { z } from 'zod';

// Ids become folder and file names inside the library, so they are restricted to a
// portable alphabet: no separators, no dots, nothing a file system could reinterpret.
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;
export const IdSchema = z.string().regex(ID_PATTERN, 'not a valid id');
export type Id = z.infer<typeof IdSchema>;

export const IsoDateSchema = z.iso.date();
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A short random suffix; `random` is injected so tests are deterministic. */
export function randomSuffix(random: () => number, length = 6): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length];
  return out;
}
