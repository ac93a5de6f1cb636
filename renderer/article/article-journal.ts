import type { Article } from '../../shared/domain/article';
import { withSerialisationCause } from '../perf/perf-counters';
import type { JournalPatch } from '../../shared/journal/journal-patch';
import type { Timers } from './article-saver';
import { buildJournalPatch, type JournalState } from './journal-patch-builder';

export interface JournalDraft {
  readonly version: number;
  snapshot(): Article;
  journalState(): JournalState;
}

/** What the journal sends: the whole article, or a patch to the entry `base` names. */
export type JournalSend =
  | { kind: 'whole'; article: Article; baseRevision: string }
  | { kind: 'patch'; base: string; patch: JournalPatch; baseRevision: string };

/** The written entry's id, or `needs-whole-article` when main no longer has the patch's base. */
export type JournalAnswer = { entryId: string } | 'needs-whole-article';

export interface ArticleJournalOptions {
  draft: JournalDraft;
  /** True while the draft holds edits that are not on disk yet. */
  hasUnsavedChanges(): boolean;
  /** The revision the edits build on (the saver's last acknowledged one). */
  baseRevision(): string;
  send(request: JournalSend): Promise<JournalAnswer>;
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
  /** The entry main holds for this article, as this editor sent it; null: send the whole article. */
  private base: { entryId: string; state: JournalState } | null = null;
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
    this.writing = true;
    try {
      if (this.base !== null) {
        // Only what changed since the entry main holds: typing in one paragraph of a long
        // article sends that paragraph, not three bodies, and serialises nothing else.
        const version = draft.version;
        const state = draft.journalState();
        const patch = withSerialisationCause('journal', () => buildJournalPatch(this.base!.state, state));
        const answer = await this.options.send({ kind: 'patch', base: this.base.entryId, patch, baseRevision: this.options.baseRevision() });
        if (answer !== 'needs-whole-article') this.acknowledge(answer.entryId, state, version);
        else this.base = null;
      }
      if (this.base === null) {
        const version = draft.version;
        const state = draft.journalState();
        const article = withSerialisationCause('journal', () => draft.snapshot());
        const answer = await this.options.send({ kind: 'whole', article, baseRevision: this.options.baseRevision() });
        if (answer === 'needs-whole-article') throw new Error('a whole article was refused as a patch');
        this.acknowledge(answer.entryId, { article, blocks: state.blocks }, version);
      }
    } catch {
      // A failed journal write is retried with the next edit, whole (what main holds is
      // unknown now); the save path reports disk errors.
      this.base = null;
    } finally {
      this.writing = false;
    }
    if (draft.version !== this.journaledVersion) this.changed();
  }

  private acknowledge(entryId: string, state: JournalState, version: number): void {
    this.base = { entryId, state };
    this.journaledVersion = version;
  }
}
