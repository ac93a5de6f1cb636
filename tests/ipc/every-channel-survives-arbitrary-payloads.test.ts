import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { EXPORT_FORMATS } from '../../shared/export/export-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services/create-services';
import { nodeFsPort } from '../../electron/services/fs/fs-port';
import { createConfSettingsStore } from '../../electron/services/settings/conf-settings-store';
import { createSettingsService, type SettingsService } from '../../electron/services/settings/settings-service';
import { LANGUAGES } from '../../shared/domain/language';
import { ISSUE_STATUSES } from '../../shared/domain/statuses';
import { channelNames, contract, type Channel } from '../../shared/ipc/contract';
import { createDispatcher, type Dispatch } from '../../shared/ipc/dispatcher';
import { ErrorCodeSchema } from '../../shared/ipc/error-codes';
import { recordingFsPort } from './recording-fs-port';

// S6: whatever a compromised or buggy renderer sends, on any channel, main answers with
// data (never an unhandled throw, never a stack) and never touches a file outside the
// library. Each channel gets a fresh library with the sample issue and a mix of
// fc.anything(), valid requests built from the library's real ids (so handlers really
// run) and those same requests with one or two values, at any depth, made hostile:
// traversal, absolute paths, encodings, NUL, huge strings, `__proto__` keys.

// About 3 s for all channels on a 2-core machine; S6_NUM_RUNS raises it for a longer hunt.
const NUM_RUNS = Number(process.env.S6_NUM_RUNS ?? 400);

const HOSTILE_STRINGS = [
  '',
  '.',
  '..',
  '../',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '/etc/passwd',
  '/tmp',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\x',
  'file:///etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc',
  '%252e%252e%252f',
  '..%2f..%2f',
  '..%5c..%5c',
  'issue-001/../../x',
  'abc\u0000def',
  '\u0000',
  'a'.repeat(300),
  'x'.repeat(100_000),
  '__proto__',
  'constructor',
  'prototype',
  '.trash',
  '.triptych.lock',
  'CON',
  'nul',
  'aux.json',
  '\u202e\u0000..',
  'ЎЎЎ-ўўў',
  'javascript:alert(1)',
];

/** Own `__proto__`/`constructor` keys, as JSON.parse and structured clone produce them. */
const protoPolluting = (): Record<string, unknown> =>
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as Record<string, unknown>;

interface KnownLibrary {
  issues: string[];
  rubrics: string[];
  articles: Array<{ issueId: string; articleId: string; article: unknown; revision: string }>;
  trashIds: string[];
}

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string(), fc.string({ unit: 'binary', maxLength: 40 }));
const hostileValue = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.anything() },
  { weight: 1, arbitrary: fc.constant(null).map(protoPolluting) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 0, 1.5, Number.MAX_SAFE_INTEGER, Number.NaN, null, true, [], {}) },
);
const isoDate = fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const GUESSED_TOKEN = fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/);
/** Channels that take a dialog's token: without a dialog, refusing every request is the behaviour. */
const TOKEN_CHANNELS: readonly string[] = ['export:run', 'export:show-in-folder', 'import:article', 'import:inspect-archive', 'import:archive'];

/** Requests that pass the channel's schema, built from ids that exist in the library. */
function validRequest(channel: Channel, known: KnownLibrary): fc.Arbitrary<Record<string, unknown>> {
  const issueId = fc.constantFrom(...known.issues);
  const article = fc.constantFrom(...known.articles);
  switch (channel) {
    case 'issue:get':
    case 'issue:trash':
      return fc.record({ issueId });
    case 'issue:create-next':
      return fc.record({ weekOf: isoDate }, { requiredKeys: [] });
    case 'issue:update':
      return fc.record(
        { issueId, number: fc.integer({ min: 1, max: 1_000_000 }), periodStart: isoDate, periodEnd: isoDate, status: fc.constantFrom(...ISSUE_STATUSES) },
        { requiredKeys: ['issueId'] },
      );
    case 'issue:reorder-articles':
      return fc.record({ issueId, articleOrder: fc.shuffledSubarray(known.articles.map((a) => a.articleId)) });
    case 'article:create':
      return fc.record(
        { issueId, rubric: fc.constantFrom(...known.rubrics), sourceLanguage: fc.constantFrom(...LANGUAGES), position: fc.integer({ min: 0, max: 500 }) },
        { requiredKeys: ['issueId'] },
      );
    case 'article:get':
    case 'article:trash':
    case 'journal:discard':
      return article.map(({ issueId: i, articleId }) => ({ issueId: i, articleId }));
    case 'journal:write':
      return article.map(({ issueId: i, articleId, article: a, revision }) => ({ issueId: i, articleId, article: structuredClone(a), baseRevision: revision }));
    // No entry was journaled under a guessed id: main must answer, and write nothing.
    case 'journal:patch':
      return fc.record({ a: article, base: GUESSED_TOKEN, title: fc.string({ maxLength: 40 }) }).map(({ a, base, title }) => ({
        issueId: a.issueId,
        articleId: a.articleId,
        baseRevision: a.revision,
        base,
        patch: { versions: { en: { title, body: { content: [{ keep: 0, count: 1 }] } } } },
      }));
    case 'article:save':
      return article.map(({ issueId: i, article: a, revision }) => ({ issueId: i, article: structuredClone(a), baseRevision: revision }));
    case 'export:preflight':
      return fc.record(
        { issueId, languages: fc.shuffledSubarray([...LANGUAGES], { minLength: 1 }), formats: fc.shuffledSubarray([...EXPORT_FORMATS]) },
        { requiredKeys: ['issueId'] },
      );
    // A token stands for a folder or file the user picked in an OS dialog; these tests have
    // no dialog, so every token is one nobody granted.
    case 'export:run':
      return fc.record({
        issueId,
        folderToken: GUESSED_TOKEN,
        formats: fc.shuffledSubarray([...EXPORT_FORMATS], { minLength: 1 }),
        languages: fc.shuffledSubarray([...LANGUAGES], { minLength: 1 }),
        acceptErrors: fc.boolean(),
      });
    case 'export:show-in-folder':
      return fc.record({ folderToken: GUESSED_TOKEN, path: fc.constantFrom('web/issue-001.en.html', '../../etc/passwd') });
    case 'import:choose-file':
      return fc.record({ kind: fc.constantFrom('article', 'archive') });
    case 'import:article':
      return article.map(({ issueId: i, articleId, revision }) => ({ issueId: i, articleId, lang: 'en', fileToken: 'guessed-token-1234', baseRevision: revision }));
    case 'import:inspect-archive':
      return fc.record({ fileToken: GUESSED_TOKEN });
    case 'import:archive':
      return fc.record({ fileToken: GUESSED_TOKEN, whenExists: fc.constantFrom('replace', 'copy') });
    case 'trash:restore':
      return fc.record({ trashId: fc.oneof(fc.constantFrom(...known.trashIds, 'none'), fc.string({ maxLength: 200 })) });
    case 'settings:update':
      return fc.record(
        {
          uiLanguage: fc.constantFrom(...LANGUAGES),
          authorName: fc.string({ maxLength: 200 }),
          defaultSourceLanguage: fc.constantFrom(...LANGUAGES),
          visibleLanguages: fc.shuffledSubarray([...LANGUAGES], { minLength: 1 }),
          libraryPath: fc.constantFrom(null, '/srv/library'),
        },
        { requiredKeys: [] },
      );
    default:
      return fc.constant({});
  }
}

/** Every path into a value (objects and arrays, a few levels deep), plus new keys to add. */
function pathsOf(value: unknown, depth = 0): string[][] {
  const here: string[][] = [['__proto__'], ['extra']];
  if (typeof value !== 'object' || value === null || depth > 6) return here;
  for (const [key, child] of Object.entries(value)) {
    here.push([key], ...pathsOf(child, depth + 1).map((rest) => [key, ...rest]));
  }
  return here;
}

/** Sets a value at a path with defineProperty, so `__proto__` becomes an own key, never a prototype. */
function withValueAt(target: unknown, keys: readonly string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  const container: Record<string, unknown> =
    typeof target === 'object' && target !== null ? ((Array.isArray(target) ? [...target] : { ...target }) as Record<string, unknown>) : {};
  const current = Object.prototype.hasOwnProperty.call(container, key) ? container[key] : undefined;
  Object.defineProperty(container, key, { value: withValueAt(current, rest, value), enumerable: true, writable: true, configurable: true });
  return container;
}

function hostileRequest(channel: Channel, known: KnownLibrary): fc.Arbitrary<unknown> {
  const valid = validRequest(channel, known);
  const mutated = valid.chain((request) =>
    fc
      .array(fc.tuple(fc.constantFrom(...pathsOf(request)), hostileValue), { minLength: 1, maxLength: 2 })
      .map((edits) => edits.reduce<unknown>((acc, [keys, value]) => withValueAt(acc, keys, value), request)),
  );
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    { weight: 5, arbitrary: mutated },
    { weight: 1, arbitrary: fc.anything() },
    { weight: 1, arbitrary: hostileValue },
  );
}

function isInsideOrEqual(root: string, candidate: string): boolean {
  const relative = path.relative(root, path.resolve(candidate));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

let root: string;
let outsideDir: string;
let settings: SettingsService;

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'triptych-s6-')));
  outsideDir = path.join(root, 'outside');
  fs.mkdirSync(outsideDir);
  fs.mkdirSync(path.join(root, 'libraries'));
  fs.writeFileSync(path.join(outsideDir, 'canary.json'), '{"untouched":true}');
  settings = createSettingsService(createConfSettingsStore(path.join(root, 'settings')));
});

afterAll(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('S6: every channel survives arbitrary payloads', () => {
  it.each(channelNames)('%s', async (channel) => {
    const libraryDir = path.join(root, 'libraries', channel.replace(/[^a-z-]/g, '-'));
    const recorder = recordingFsPort(nodeFsPort);
    // Seeded ids keep a failing run reproducible from fast-check's seed alone.
    const services = await createServices({ libraryDir, fs: recorder.fs, settings, createSample: true, random: mulberry32(7) });
    const unexpected: string[] = [];
    const dispatch = createDispatcher(services.handlers, {
      validateResponses: true,
      onUnexpectedError: (c, error) => unexpected.push(`${c}: ${error instanceof Error ? error.stack : String(error)}`),
    });
    try {
      const known = await discover(dispatch, channel === 'trash:restore');
      expect(known.articles.length, 'the sample issue provides real ids').toBeGreaterThan(0);
      const outcomes = new Map<string, number>();

      await fc.assert(
        fc.asyncProperty(hostileRequest(channel, known), async (payload) => {
          const touchedBefore = recorder.touched.length;
          const result = await dispatch(channel, payload);
          const outcome = result.ok ? 'ok' : result.error.code;
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          if (!result.ok) {
            expect(ErrorCodeSchema.safeParse(result.error.code).success).toBe(true);
            expect(typeof result.error.message).toBe('string');
            expect(result.error.message).not.toMatch(/\n\s+at /);
          }
          expect(recorder.touched.slice(touchedBefore).filter((p) => !isInsideOrEqual(libraryDir, p))).toEqual([]);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: NUM_RUNS },
      );
      // A handler that throws something other than AppError, or answers off-contract, is a bug.
      expect(unexpected).toEqual([]);
      if (TOKEN_CHANNELS.includes(channel)) {
        // No token was ever granted, so nothing may get past the grant check.
        expect([...outcomes.keys()], JSON.stringify([...outcomes])).toEqual(['invalid-request']);
      } else {
        // The payloads reached past validation: the handler itself ran for some of them.
        expect([...outcomes.keys()].some((outcome) => outcome !== 'invalid-request'), JSON.stringify([...outcomes])).toBe(true);
      }
    } finally {
      await services.dispose();
    }
  });

  it('left everything outside the libraries as it was', () => {
    // `settings` appears once a settings:update succeeded; it is conf's folder, not the library's.
    expect(fs.readdirSync(root).filter((name) => !['libraries', 'outside', 'settings'].includes(name))).toEqual([]);
    expect(fs.readdirSync(outsideDir)).toEqual(['canary.json']);
    expect(fs.readFileSync(path.join(outsideDir, 'canary.json'), 'utf8')).toBe('{"untouched":true}');
  });
});

/** Real ids from the sample library; with `trashOne`, also a real trash entry to restore. */
async function discover(run: Dispatch, trashOne: boolean): Promise<KnownLibrary> {
  const known: KnownLibrary = { issues: [], rubrics: [], articles: [], trashIds: [] };
  const info = await run('library:info', {});
  if (info.ok) known.rubrics = (info.data as { rubrics: Array<{ id: string }> }).rubrics.map((r) => r.id);
  const list = await run('issues:list', {});
  if (!list.ok) return known;
  for (const { id: issueId } of list.data as Array<{ id: string }>) {
    known.issues.push(issueId);
    const detail = await run('issue:get', { issueId });
    if (!detail.ok) continue;
    for (const { id: articleId } of (detail.data as { articles: Array<{ id: string }> }).articles) {
      const loaded = await run('article:get', { issueId, articleId });
      if (!loaded.ok) continue;
      const { article, revision } = loaded.data as { article: unknown; revision: string };
      known.articles.push({ issueId, articleId, article, revision });
    }
  }
  const last = known.articles.at(-1);
  if (trashOne && last !== undefined) {
    const trashed = await run('article:trash', { issueId: last.issueId, articleId: last.articleId });
    if (trashed.ok) known.trashIds.push((trashed.data as { trashId: string }).trashId);
  }
  return known;
}

/** A small seeded PRNG in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Which channels these payloads were checked on must match the contract.
it('covers every channel of the contract', () => {
  expect(new Set(channelNames)).toEqual(new Set(Object.keys(contract)));
});
