import { diffArrays } from 'diff';

/** Word sets compared with Dice's coefficient: order-free, so small edits keep a match. */
function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const left = words(a);
  const right = words(b);
  if (left.size === 0 || right.size === 0) return false;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size) >= 0.5;
}

/**
 * For each block of a revised text, the index of the block of the old text it revises, or
 * null for a new block. Blocks are matched in order (a diff over the two sequences, where
 * similar wording counts as the same block); a run of removed blocks followed by a run of
 * added ones is read as those blocks rewritten, one for one. Translations then stay with
 * the paragraph they translate and show as outdated, instead of losing their place.
 */
export function matchRevisedBlocks(oldTexts: readonly string[], newTexts: readonly string[]): Array<number | null> {
  const matches: Array<number | null> = newTexts.map(() => null);
  const changes = diffArrays([...oldTexts], [...newTexts], { comparator: similar });
  let oldPos = 0;
  let newPos = 0;
  let removedRun: number[] = [];
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (change.removed) {
      removedRun = Array.from({ length: count }, (_, k) => oldPos + k);
      oldPos += count;
      continue;
    }
    if (change.added) {
      for (let k = 0; k < count; k++) matches[newPos + k] = removedRun[k] ?? null;
      newPos += count;
      removedRun = [];
      continue;
    }
    for (let k = 0; k < count; k++) matches[newPos + k] = oldPos + k;
    oldPos += count;
    newPos += count;
    removedRun = [];
  }
  return matches;
}
