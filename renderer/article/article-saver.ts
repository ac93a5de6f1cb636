import type { Article } from '../../shared/domain/article';
import { appErrorInfo, type AppErrorInfo } from '../errors/app-error-info';
import { withSerialisationCause } from '../perf/perf-counters';

export type SaveState =
  | { kind: 'saved' }
  /** Changes wait for the pause in typing, or are being written. */
  | { kind: 'saving' }
  | { kind: 'failed'; error: AppErrorInfo }
  /** Someone else changed the file; our version went to a conflict copy. Saving stops. */
  | { kind: 'conflict'; copy: string | null }
  /** Saving is switched off (e.g. the body could not be loaded faithfully). */
  | { kind: 'stopped' };

export interface SaverDraft {
  readonly version: number;
  snapshot(): Article;
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface ArticleSaverOptions {
  draft: SaverDraft;
  /** The revision the article was loaded at (D8). */
  revision: string;
  write(article: Article, baseRevision: string): Promise<{ revision: string; savedAt: string }>;
  /** Pause after the last change before saving. */
  delayMs?: number;
  /** Longest wait while typing goes on: a save starts at the latest this long after the first unsaved change. */
  maxWaitMs?: number;
  /** Wait before retrying a failed save on its own (a busy file, a disk that came back). */
  retryMs?: number;
  timers?: Timers;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Autosave for one article (D3, D4, D5):
 * - a save starts `delayMs` after the last change, at most `maxWaitMs` after the first
 *   unsaved one (someone typing without a pause still gets saves), or at once on flush();
 * - one write at a time; changes made during a write are saved by the next one;
 * - a save captures the draft version when it starts and marks clean only if the draft is
 *   still at that version when the write is acknowledged;
 * - each save sends the revision of the last acknowledged write and keeps the new one;
 * - a failure keeps the changes dirty, says so, and retries; a conflict stops saving.
 * It is created for one article and bound to it, so it can never write another's text.
 */
export class ArticleSaver {
  private current: SaveState = { kind: 'saved' };
  private savedVersion: number;
  /** After a conflict: the draft version that is safe in a conflict copy. */
  private conflictVersion = -1;
  private revisionValue: string;
  private inFlight: Promise<boolean> | null = null;
  private timer: unknown = null;
  private maxTimer: unknown = null;
  private disposed = false;
  private readonly listeners = new Set<(state: SaveState) => void>();
  private readonly delayMs: number;
  private readonly retryMs: number;
  private readonly maxWaitMs: number;
  private readonly timers: Timers;

  constructor(private readonly options: ArticleSaverOptions) {
    this.savedVersion = options.draft.version;
    this.revisionValue = options.revision;
    this.delayMs = options.delayMs ?? 1000;
    this.retryMs = options.retryMs ?? 5000;
    this.maxWaitMs = options.maxWaitMs ?? 10_000;
    this.timers = options.timers ?? realTimers;
  }

  get state(): SaveState {
    return this.current;
  }

  get revision(): string {
    return this.revisionValue;
  }

  get hasUnsavedChanges(): boolean {
    return this.options.draft.version !== this.savedVersion;
  }

  /** Saving can no longer help (conflict) or must not happen (stopped). */
  get isBlocked(): boolean {
    return this.current.kind === 'conflict' || this.current.kind === 'stopped';
  }

  subscribe(listener: (state: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Call after every change to the draft. */
  changed(): void {
    if (this.isBlocked || this.disposed) return;
    // A failure stays on screen until a save succeeds: the user must not think it went away.
    if (this.current.kind === 'saved') this.setState({ kind: 'saving' });
    this.arm();
  }

  /** The pause timer restarts with every change; the longest-wait timer only if none runs. */
  private arm(): void {
    this.schedule(this.delayMs);
    if (this.maxTimer === null && !this.disposed) {
      this.maxTimer = this.timers.set(() => {
        this.maxTimer = null;
        void this.autosave();
      }, this.maxWaitMs);
    }
  }

  /**
   * A timer's save: one write of the draft as it is now. Unlike flush() it does not chase
   * the typist: changes made during the write wait for the next pause or the longest wait,
   * so continuous typing costs one save per ten seconds, not one per keystroke.
   */
  private async autosave(): Promise<void> {
    // One write at a time: a flush may have started another while this one waited.
    while (this.inFlight) await this.inFlight;
    if (this.disposed || this.isBlocked || !this.hasUnsavedChanges) return;
    this.cancelTimer();
    const ok = await this.saveOnce();
    if (ok && this.hasUnsavedChanges && !this.disposed && !this.isBlocked) this.arm();
  }

  /**
   * Writes everything changed so far and resolves when it is on disk. True when nothing is
   * left unsaved (or, after a conflict, when the user's version is safe in the copy).
   */
  async flush(): Promise<boolean> {
    this.cancelTimer();
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      // After a conflict the user's text is safe only up to the version in the newest copy:
      // anything typed while that save was being written goes to another copy.
      if (this.current.kind === 'conflict') {
        if (this.options.draft.version === this.conflictVersion) return true;
        await this.saveOnce();
        continue;
      }
      if (this.current.kind === 'stopped') return !this.hasUnsavedChanges;
      if (!this.hasUnsavedChanges) return true;
      // After a conflict the user's version is safe in the copy; any other failure is not.
      if (!(await this.saveOnce())) return this.stateKind() === 'conflict';
    }
  }

  // A method, not a property read: TypeScript would keep the narrowing from before an await.
  private stateKind(): SaveState['kind'] {
    return this.current.kind;
  }

  /** Stops saving for good (the article is read-only from now on). */
  stop(): void {
    this.cancelTimer();
    this.setState({ kind: 'stopped' });
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
    this.listeners.clear();
  }

  private saveOnce(): Promise<boolean> {
    const version = this.options.draft.version;
    const article = withSerialisationCause('save', () => this.options.draft.snapshot());
    // A conflict stays on screen while its follow-up copies are written.
    if (this.current.kind !== 'conflict') this.setState({ kind: 'saving' });
    const run = this.options.write(article, this.revisionValue).then(
      (result) => {
        this.revisionValue = result.revision;
        this.savedVersion = version;
        if (!this.isBlocked) this.setState(this.hasUnsavedChanges ? { kind: 'saving' } : { kind: 'saved' });
        return true;
      },
      (error: unknown) => {
        const info = appErrorInfo(error);
        if (info.code === 'conflict') {
          this.cancelTimer();
          this.conflictVersion = version;
          this.setState({ kind: 'conflict', copy: info.detail ?? null });
          // Keystrokes typed while this write was on its way are not in the copy: write them too.
          if (this.options.draft.version !== version && !this.disposed) void this.flush();
        } else {
          this.setState({ kind: 'failed', error: info });
          this.schedule(this.retryMs);
        }
        return false;
      },
    );
    this.inFlight = run;
    void run.finally(() => {
      if (this.inFlight === run) this.inFlight = null;
    });
    return run;
  }

  private schedule(ms: number): void {
    // Only the pause timer restarts; the longest-wait timer keeps counting.
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    if (this.disposed) return;
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.autosave();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    if (this.maxTimer !== null) this.timers.clear(this.maxTimer);
    this.maxTimer = null;
  }

  private setState(state: SaveState): void {
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }
}
