import type { Language } from '../../shared/domain/language';

/**
 * Work counters read by `npm run bench:editor` (and by tests) to prove what a keystroke
 * costs: React commits per language column and full-document serialisations. Plain
 * increments, cheap enough to stay on in production builds.
 */
export interface PerfCounters {
  commits: Record<Language, number>;
  serialisations: number;
}

export const perfCounters: PerfCounters = { commits: { en: 0, be: 0, ru: 0 }, serialisations: 0 };

export function countCommit(lang: Language): void {
  perfCounters.commits[lang]++;
}

export function countSerialisation(): void {
  perfCounters.serialisations++;
}

// Exposed on the window so a benchmark driving the page can read them.
(globalThis as { __triptychPerf?: PerfCounters }).__triptychPerf = perfCounters;
