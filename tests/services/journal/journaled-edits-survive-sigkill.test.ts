import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createServices } from '../../../electron/services/create-services';
import { createDispatcher } from '../../../shared/ipc/dispatcher';
import type { LoadedArticle, RecoveryEntry } from '../../../shared/ipc/summaries';
import { spawnTsxChild } from '../../support/fs-child-process';
import { seededRandom } from '../../support/fs-seeded-random';
import { makeTempDir, memorySettings } from '../library/library-test-harness';
import { editNumber, journaledEdit } from './journaled-edit';

// D6/D7: no quit event, no flush: a writer journaling edits is SIGKILLed at a random moment,
// and a fresh instance on the same folder offers the last journaled text back. Each round
// waits for the dead writer's library lock to go stale (2 s), so rounds are few.
// Replay with JOURNAL_SIGKILL_SEED=<logged seed>; JOURNAL_SIGKILL_ROUNDS changes the count.
const ROUNDS = Number(process.env.JOURNAL_SIGKILL_ROUNDS ?? 4);
const SEED = Number(process.env.JOURNAL_SIGKILL_SEED ?? Math.floor(Math.random() * 2 ** 32));
const MAX_KILL_DELAY_MS = 60;
const CHILD = 'tests/services/journal/journal-writer-child.ts';
const LOCK = { staleMs: 2000, waitMs: 15_000 };

async function openFresh(libraryDir: string) {
  const services = await createServices({ libraryDir, settings: memorySettings(), watcher: null, lock: LOCK });
  const dispatch = createDispatcher(services.handlers, { validateResponses: true });
  const call = async <T>(channel: string, request: unknown): Promise<T> => {
    const result = await dispatch(channel, request);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.data as T;
  };
  return { services, call };
}

async function journalUntilKilled(args: string[], random: () => number): Promise<number | undefined> {
  const writer = spawnTsxChild(CHILD, args);
  const kill = () => writer.child.kill('SIGKILL');
  expect(await writer.nextLine(30_000)).toBe('ready');
  // Half the rounds die at a random time (usually mid-write), half right after the n-th ack.
  const killAfterAcks = random() < 0.5 ? 1 + Math.floor(random() * 5) : undefined;
  if (killAfterAcks === undefined) setTimeout(kill, random() * MAX_KILL_DELAY_MS);
  let lastAck: number | undefined;
  let acks = 0;
  for (;;) {
    let line: string;
    try {
      line = await writer.nextLine();
    } catch {
      break; // the child is gone
    }
    const version = Number(/^ack (\d+)$/.exec(line)?.[1] ?? NaN);
    if (Number.isNaN(version)) throw new Error(`unexpected writer output: ${line}`);
    lastAck = version;
    if (++acks === killAfterAcks) kill();
  }
  const { signal, stderr } = await writer.closed;
  if (signal !== 'SIGKILL') throw new Error(`writer ended without being killed (signal ${signal}): ${stderr}`);
  return lastAck;
}

test(
  'after a SIGKILL the last journaled edit is offered back by article:get and recovery:list',
  async () => {
    console.log(`[journal-sigkill] seed=${SEED} rounds=${ROUNDS} (replay: JOURNAL_SIGKILL_SEED=${SEED} JOURNAL_SIGKILL_ROUNDS=${ROUNDS})`);
    const random = seededRandom(SEED);
    const libraryDir = join(await makeTempDir(), 'library');
    const setup = await openFresh(libraryDir);
    const issue = await setup.call<{ id: string }>('issue:create-next', {});
    const created = await setup.call<LoadedArticle>('article:create', { issueId: issue.id });
    await setup.services.dispose();
    const { article, revision } = created;
    let journaled: number | undefined;
    let unacknowledgedButComplete = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const start = (journaled ?? 0) + 1;
      const lastAck = await journalUntilKilled([libraryDir, issue.id, article.id, String(start), revision, JSON.stringify(article)], random);
      const where = `round ${round} (seed ${SEED}), last ack ${lastAck ?? 'none'}, previous ${journaled ?? 'none'}`;
      const acknowledged = lastAck ?? journaled;

      const fresh = await openFresh(libraryDir);
      try {
        const loaded = await fresh.call<LoadedArticle>('article:get', { issueId: issue.id, articleId: article.id });
        expect(loaded.article, where).toEqual(article);
        if (acknowledged === undefined && loaded.recovered === undefined) continue; // killed before its first write landed
        expect(loaded.recovered, `${where}: nothing offered back`).toBeDefined();
        const offered = editNumber(loaded.recovered!.article);
        // The last acknowledged edit, or the one being written when the kill came (complete, never torn).
        const allowed = acknowledged === undefined ? [start] : [acknowledged, acknowledged + 1];
        if (!allowed.includes(offered)) throw new Error(`${where}: edit ${offered} offered back`);
        expect(loaded.recovered!.article, where).toEqual(journaledEdit(article, offered));
        expect(loaded.recovered!.baseRevision).toBe(revision);
        const list = await fresh.call<RecoveryEntry[]>('recovery:list', {});
        expect(list.map((e) => [e.articleId, e.titles.en]), where).toEqual([[article.id, `edit ${offered}`]]);
        // Temp files of a write the kill cut short are gone once the library is open again.
        expect(await readdir(join(libraryDir, '.journal')), where).toEqual([`${issue.id}.${article.id}.json`]);
        journaled = offered;
        if (offered !== acknowledged) unacknowledgedButComplete++;
      } finally {
        await fresh.services.dispose();
      }
    }
    console.log(`[journal-sigkill] ${ROUNDS} kills; last edit offered back ${journaled ?? 'none'}; ${unacknowledgedButComplete} rounds offered an unacknowledged but complete write`);
    expect(journaled, 'at least one round journaled something').toBeDefined();
  },
  240_000,
);
