import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomicWriteFile, cleanupTempFiles, isAtomicWriteTempFile } from '../../../electron/services/fs/atomic-write';
import { nodeFsPort } from '../../../electron/services/fs/fs-port';
import { readDocumentFile } from '../../../electron/services/fs/read-text-file';
import { bundleNodeScript } from '../../support/fs-bundle-node-script';
import { spawnLineChild } from '../../support/fs-child-process';
import { seededRandom } from '../../support/fs-seeded-random';
import { sigkillDocumentText } from '../../support/fs-sigkill-document';

// D1. Replay a failure with SIGKILL_SEED=<logged seed>; SIGKILL_ROUNDS changes the count.
const ROUNDS = Number(process.env.SIGKILL_ROUNDS ?? 300);
const SEED = Number(process.env.SIGKILL_SEED ?? Math.floor(Math.random() * 2 ** 32));
// Past this the writer has done several saves; longer delays add time, not coverage.
const MAX_KILL_DELAY_MS = 40;

let workDir: string;
let writerBundle: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'triptych-sigkill-'));
  writerBundle = await bundleNodeScript('tests/support/fs-sigkill-writer-child.ts', join(workDir, 'bundle'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

interface Round {
  lastAck: number | undefined;
  signal: NodeJS.Signals | null;
}

async function runWriterAndKill(target: string, startVersion: number, random: () => number): Promise<Round> {
  const writer = spawnLineChild(process.execPath, [writerBundle, target, String(startVersion)]);
  let lastAck: number | undefined;
  const kill = () => writer.child.kill('SIGKILL');
  expect(await writer.nextLine()).toBe('ready');
  // Half the rounds die at a random time (usually mid-save), half right after the n-th ack
  // (between the rename and the next save, or inside the folder fsync's neighbourhood).
  const killAfterAcks = random() < 0.5 ? Math.floor(random() * 4) : undefined;
  if (killAfterAcks === 0) kill();
  else if (killAfterAcks === undefined) setTimeout(kill, random() * MAX_KILL_DELAY_MS);
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
  return { lastAck, signal };
}

test(
  'after every SIGKILL the document is the last acknowledged version or the next one, never torn',
  async () => {
    console.log(`[sigkill] seed=${SEED} rounds=${ROUNDS} (replay: SIGKILL_SEED=${SEED} SIGKILL_ROUNDS=${ROUNDS})`);
    const random = seededRandom(SEED);
    const target = join(workDir, 'article.json');
    await atomicWriteFile(nodeFsPort, target, sigkillDocumentText(0));
    let onDisk = 0;
    let roundsEndingOnNextVersion = 0;
    const started = Date.now();

    for (let round = 0; round < ROUNDS; round++) {
      const { lastAck } = await runWriterAndKill(target, onDisk + 1, random);
      const acknowledged = lastAck ?? onDisk;
      const where = `round ${round} (seed ${SEED}), last ack ${lastAck ?? 'none'}, previous ${onDisk}`;

      const read = await readDocumentFile(nodeFsPort, target);
      if (!read.ok) throw new Error(`${where}: document unreadable: ${read.reason}`);
      const version = (JSON.parse(read.text) as { version: number }).version;
      if (version !== acknowledged && version !== acknowledged + 1) {
        throw new Error(`${where}: document holds version ${version}`);
      }
      if (read.text !== sigkillDocumentText(version)) throw new Error(`${where}: version ${version} is not byte-exact`);
      if (version === acknowledged + 1) roundsEndingOnNextVersion++;
      onDisk = version;

      const strangers = (await readdir(workDir)).filter(
        (name) => name !== 'article.json' && name !== 'bundle' && !isAtomicWriteTempFile(name),
      );
      if (strangers.length > 0) throw new Error(`${where}: unexpected files ${strangers.join(', ')}`);
    }

    const orphans = await cleanupTempFiles(nodeFsPort, workDir);
    console.log(
      `[sigkill] ${ROUNDS} kills in ${Date.now() - started} ms; final version ${onDisk}; ` +
        `${roundsEndingOnNextVersion} ended on an unacknowledged but complete save; ${orphans.length} orphan temp files cleaned`,
    );
    expect((await readdir(workDir)).sort()).toEqual(['article.json', 'bundle']);
  },
  240_000,
);
