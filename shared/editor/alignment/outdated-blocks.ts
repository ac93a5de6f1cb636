/**
 * Counterparts whose source block changed since they were translated or last marked up to
 * date. Only blocks with text count: an empty block waiting for its translation is not
 * outdated, it is not started.
 */
export function outdatedBlocks(
  sourceTexts: ReadonlyMap<string, string>,
  translationTexts: ReadonlyMap<string, string>,
  translatedFrom: Readonly<Record<string, string>>,
): Set<string> {
  const outdated = new Set<string>();
  for (const [id, text] of translationTexts) {
    if (text.trim() === '') continue;
    const then = translatedFrom[id];
    const now = sourceTexts.get(id);
    if (then !== undefined && now !== undefined && then !== now) outdated.add(id);
  }
  return outdated;
}

/**
 * The records a translation gains as it is written: a block that has text, a source
 * counterpart and no record yet was just translated from the source as it is now. Records
 * of blocks that left the translation are dropped. Returns null when nothing changes.
 */
export function updatedTranslationRecord(
  sourceTexts: ReadonlyMap<string, string>,
  translationTexts: ReadonlyMap<string, string>,
  translatedFrom: Readonly<Record<string, string>>,
): Record<string, string> | null {
  let changed = false;
  const next: Record<string, string> = {};
  for (const [id, text] of translationTexts) {
    const recorded = translatedFrom[id];
    if (recorded !== undefined) {
      next[id] = recorded;
      continue;
    }
    const source = sourceTexts.get(id);
    if (source !== undefined && text.trim() !== '') {
      next[id] = source;
      changed = true;
    }
  }
  if (Object.keys(translatedFrom).some((id) => !translationTexts.has(id))) changed = true;
  return changed ? next : null;
}
