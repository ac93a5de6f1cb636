import type { Article } from '../../shared/domain/article';
import { withSerialisationCause } from '../perf/perf-counters';
import type { Timers } from './article-saver';

export interface JournalDraft {
  readonly version: number;
  snapshot(): Article;
}

export interface ArticleJournalOptions {
  draft: JournalDraft;
  /** True while the draft holds edits that are not on disk yet. */
  hasUnsavedChanges(): boolean;
  /** The revision the edits build on (the saver's last acknowledged one). */
  baseRevision(): string;
  write(article: Article, baseRevision: string): Promise<unknown>;
  /** Longest time an edit waits before it is journaled. */
  delayMs?: number;
  timers?: Timers;
}

/** Runs `run` in an idle moment of the page, and within 250 ms whatever happens. */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 250 });
  else run();
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The crash journal's writer (D6, D7): unsaved edits reach the journal within `delayMs` of
 * typing, typing or not (a throttle, not a debounce: the autosave waits for a pause, the
 * journal must not). It runs before and independently of any quit event, so a killed
 * window, a crash or a Windows shutdown loses at most the last fraction of a second.
 */
export class ArticleJournal {
  private timer: unknown = null;
  private writing = false;
  private journaledVersion: number;
  private disposed = false;
  private readonly delayMs: number;
  private readonly timers: Timers;

  constructor(private readonly options: ArticleJournalOptions) {
    this.journaledVersion = options.draft.version;
    this.delayMs = options.delayMs ?? 600;
    this.timers = options.timers ?? realTimers;
  }

  /** Call after every change to the draft. */
  changed(): void {
    if (this.disposed || this.timer !== null || this.writing) return;
    this.timer = this.timers.set(() => {
      this.timer = null;
      // Serialising a long article takes a few milliseconds: do it between keystrokes.
      whenIdle(() => void this.writeNow());
    }, this.delayMs);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private async writeNow(): Promise<void> {
    const { draft } = this.options;
    if (this.disposed || !this.options.hasUnsavedChanges() || draft.version === this.journaledVersion) return;
    const version = draft.version;
    this.writing = true;
    try {
      const article = withSerialisationCause('journal', () => draft.snapshot());
      await this.options.write(article, this.options.baseRevision());
      this.journaledVersion = version;
    } catch {
      // A failed journal write is retried with the next edit; the save path reports disk errors.
    } finally {
      this.writing = false;
    }
    if (draft.version !== this.journaledVersion) this.changed();
  }
}
