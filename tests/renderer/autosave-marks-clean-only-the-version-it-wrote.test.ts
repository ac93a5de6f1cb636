import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../shared/domain/article';
import { AppError } from '../../shared/ipc/error-codes';
import { ArticleDraft } from '../../renderer/article/article-draft';
import { ArticleSaver, type Timers } from '../../renderer/article/article-saver';

// D4 of RELIABILITY.md: a save captures the document version when it starts and marks the
// document clean only if it is still at that version when the write completes. fast-check's
// scheduler decides the order in which keystrokes, autosave timers and disk completions
// happen, so every interleaving the saver could meet is tried, not just the polite ones.

const NOW = '2026-03-10T10:00:00.000Z';

type Op = { kind: 'type'; text: string } | { kind: 'timer' } | { kind: 'flush' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ minLength: 1, maxLength: 3 }).map((text) => ({ kind: 'type' as const, text })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'timer' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'flush' as const }) },
);

describe('autosave under every interleaving of typing, saves and disk completions (D4)', () => {
  it('never reports saved while the text on screen differs from the text on disk', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(opArb, { minLength: 1, maxLength: 25 }), fc.array(fc.boolean(), { maxLength: 25 }), async (s, ops, failures) => {
        const draft = new ArticleDraft(newArticle({ id: 'a-model001', rubric: 'economy', sourceLanguage: 'be', now: NOW }), () => NOW);
        let onDisk: Article | null = null;
        let revision = 0;
        let writeCount = 0;
        const pendingTimers = new Map<number, () => void>();
        let nextTimer = 1;
        const timers: Timers = {
          set: (run) => {
            const id = nextTimer++;
            pendingTimers.set(id, run);
            return id;
          },
          clear: (id) => void pendingTimers.delete(id as number),
        };
        const saver = new ArticleSaver({
          draft,
          revision: 'rev-0',
          timers,
          write: (article, baseRevision) => {
            // The disk completes whenever the scheduler says; some writes fail (a full disk).
            const fail = failures[writeCount++ % Math.max(1, failures.length)] === true;
            return s.schedule(Promise.resolve(), `write ${article.versions.be.title}`).then(() => {
              if (fail) throw new AppError('disk-full', 'no space left');
              expect(baseRevision).toBe(`rev-${revision}`);
              onDisk = structuredClone(article);
              revision += 1;
              return { revision: `rev-${revision}`, savedAt: NOW };
            });
          },
        });

        let typed = '';
        const flushes: Promise<boolean>[] = [];
        const actions = ops.map((op) =>
          s.scheduleFunction(async () => {
            if (op.kind === 'type') {
              typed += op.text;
              draft.setText('be', 'title', typed);
              saver.changed();
            } else if (op.kind === 'timer') {
              const runs = [...pendingTimers.values()];
              pendingTimers.clear();
              runs.forEach((run) => run());
            } else {
              // Not awaited here: the scheduler completes one task before the next, so a task
              // waiting on a later task (the write) would deadlock the test, not the saver.
              flushes.push(saver.flush());
            }
          })(),
        );

        // Check the invariant after every single step the scheduler takes.
        await s.waitFor(Promise.all(actions), async (step) => {
          await step();
          if (saver.state.kind === 'saved') {
            expect(saver.hasUnsavedChanges).toBe(false);
            expect(onDisk?.versions.be.title ?? '').toBe(draft.current.versions.be.title);
          }
        });
        await s.waitFor(Promise.all(flushes));
        await s.waitAll();

        // Once the disk stops failing, a final flush puts exactly the last text on disk.
        failures.length = 0;
        const flushed = saver.flush();
        await s.waitFor(flushed);
        expect(await flushed).toBe(true);
        expect(saver.state.kind).toBe('saved');
        expect(onDisk === null ? '' : (onDisk as Article).versions.be.title).toBe(typed);
        saver.dispose();
      }),
      { numRuns: Number(process.env.D4_RUNS ?? 300) },
    );
  });
});
