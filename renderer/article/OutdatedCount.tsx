import { useCallback, useLayoutEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/domain/language';
import { countMarkerCommit } from '../perf/perf-counters';
import type { AlignmentCoordinator } from './alignment/alignment-coordinator';

export interface OutdatedCountProps {
  lang: Language;
  alignment: AlignmentCoordinator;
  onReview(lang: Language, blockId: string): void;
}

/**
 * "N outdated" in a column's header. Its own subscriber, so an edit in the source that
 * makes a translation outdated redraws this button, not the whole translation column.
 */
export function OutdatedCount({ lang, alignment, onReview }: OutdatedCountProps) {
  const { t } = useTranslation('article');
  const subscribe = useCallback((listener: () => void) => alignment.subscribeOutdated(listener), [alignment]);
  const outdated = useSyncExternalStore(subscribe, () => alignment.outdated(lang));
  useLayoutEffect(() => countMarkerCommit(lang));
  if (outdated.length === 0) return null;
  return (
    <button type="button" className="outdated-count" onClick={() => onReview(lang, outdated[0]!)} title={t('column.outdatedStatus')}>
      {t('column.outdated', { count: outdated.length })}
    </button>
  );
}
