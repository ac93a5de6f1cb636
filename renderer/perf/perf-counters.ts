import type { Language } from '../../shared/domain/language';

/**
 * Work counters read by `npm run bench:editor` (and by tests) to prove what a keystroke
 * costs: React commits per language column and full-document serialisations. Plain
 * increments, cheap enough to stay on in production builds.
 */
export type SerialisationCause = 'save' | 'journal' | 'other';

export interface PerfCounters {
  commits: Record<Language, number>;
  /**
   * Commits of a column's "N outdated" button alone, apart from the column: a source edit
   * that makes a translation outdated must show in that translation's header.
   */
  markerCommits: Record<Language, number>;
  serialisations: number;
  /**
   * The same, by what asked for them: the autosave and the crash journal run on timers
   * (at most every 10 s and every 0.7 s while typing); 'other' would be work a keystroke
   * itself caused, and must stay 0.
   */
  serialisationsBy: Record<SerialisationCause, number>;
}

export const perfCounters: PerfCounters = {
  commits: { en: 0, be: 0, ru: 0 },
  markerCommits: { en: 0, be: 0, ru: 0 },
  serialisations: 0,
  serialisationsBy: { save: 0, journal: 0, other: 0 },
};

let cause: SerialisationCause = 'other';

/** Runs `read` with its serialisations counted under `reason`. */
export function withSerialisationCause<T>(reason: SerialisationCause, read: () => T): T {
  const before = cause;
  cause = reason;
  try {
    return read();
  } finally {
    cause = before;
  }
}

export function countCommit(lang: Language): void {
  perfCounters.commits[lang]++;
}

export function countMarkerCommit(lang: Language): void {
  perfCounters.markerCommits[lang]++;
}

export function countSerialisation(): void {
  perfCounters.serialisations++;
  perfCounters.serialisationsBy[cause]++;
}

// Exposed on the window so a benchmark driving the page can read them.
(globalThis as { __triptychPerf?: PerfCounters }).__triptychPerf = perfCounters;
