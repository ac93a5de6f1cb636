import type { LibraryManifest } from '../../../shared/domain/library-manifest';
import type { UnreadableReason } from '../../../shared/domain/unreadable-reason';
import type { AtomicWriteOptions } from '../fs/atomic-write';
import type { FsPort } from '../fs/fs-port';
import type { ArticleSummaryCache } from './article-summary-cache';
import type { KeyedQueue } from './keyed-queue';
import type { LibraryEvents } from './library-events';
import type { LibraryLayout } from './library-layout';

/** An open library: everything the handlers share. Created by openLibrary. */
export interface Library {
  readonly dir: string;
  readonly layout: LibraryLayout;
  readonly fs: FsPort;
  readonly now: () => Date;
  readonly random: () => number;
  /** Every mutation runs here; keys are `global` and `issue:<id>` (see library-queue-keys). */
  readonly queue: KeyedQueue;
  readonly events: LibraryEvents;
  readonly summaries: ArticleSummaryCache;
  /** Per article path, the last revision this session read as readable or wrote itself. */
  readonly readableRevisions: Map<string, string>;
  readonly writeOptions: AtomicWriteOptions;
  /** null when library.json could not be read: the library is then open read-only. */
  readonly manifest: LibraryManifest | null;
  /** Why the library is read-only, when it is. */
  readonly readOnly: { reason: UnreadableReason; detail: string } | null;
  /** True only in the session that wrote the first-run sample issue. */
  readonly createdSample: boolean;
  /** Throws the AppError that explains why nothing may be written, if that is the case. */
  assertWritable(): void;
  /** Waits for queued writes, then releases the library lock. Idempotent. */
  close(): Promise<void>;
}

export const GLOBAL_QUEUE_KEY = 'global';

// One queue per issue rather than per article: an issue's own file, its articles and its
// folder (trash) are then never written concurrently, and the cost (saves of two articles
// of one issue wait for each other for a few milliseconds) is invisible to a single user.
export function issueQueueKey(issueId: string): string {
  return `issue:${issueId}`;
}
