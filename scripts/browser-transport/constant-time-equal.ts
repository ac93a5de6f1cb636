import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares two secrets without leaking, through timing, how much of a guess was right.
 * Both sides are hashed first so that inputs of different lengths compare in constant
 * time too (timingSafeEqual itself throws on a length mismatch).
 */
export function constantTimeEqual(expected: string, actual: unknown): boolean {
  if (typeof actual !== 'string') return false;
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(actual));
}
