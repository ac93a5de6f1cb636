import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createServices, type ServicePorts, type Services } from '../../../electron/services/create-services';
import { createSettingsService } from '../../../electron/services/settings/settings-service';
import type { Article } from '../../../shared/domain/article';
import { createClient } from '../../../shared/ipc/client';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc/contract';
import { createDispatcher } from '../../../shared/ipc/dispatcher';
import { AppError, type ErrorCode } from '../../../shared/ipc/error-codes';
import { createInMemoryTransport } from '../../../shared/ipc/in-memory-transport';
import type { Settings } from '../../../shared/settings/settings';
import { seededRandom } from '../../support/fs-seeded-random';

/** A clock the test moves by hand; every reading is one millisecond after the previous one. */
export function createTestClock(startIso = '2025-03-12T10:00:00.000Z') {
  let current = Date.parse(startIso);
  return {
    now: () => new Date(current++),
    set(iso: string) {
      current = Date.parse(iso);
    },
  };
}

export type TestLibraryOptions = Partial<Omit<ServicePorts, 'libraryDir' | 'settings'>> & { seed?: number };

export interface TestLibrary {
  dir: string;
  services: Services;
  clock: ReturnType<typeof createTestClock>;
  /** Goes through the real dispatcher (request and response validation) and an in-memory transport. */
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
  /** Calls and expects an AppError with `code`; returns it. */
  fail<C extends Channel>(channel: C, request: RequestOf<C>, code: ErrorCode): Promise<AppError>;
  /** Disposes (flushing queues, releasing the lock) and opens the same folder again. */
  reopen(): Promise<void>;
  dispose(): Promise<void>;
  unexpectedErrors: unknown[];
}

const openLibraries: TestLibrary[] = [];
const tempDirs: string[] = [];

afterEach(async () => {
  for (const lib of openLibraries.splice(0)) await lib.dispose().catch(() => {});
  for (const dir of tempDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'triptych-library-'));
  tempDirs.push(dir);
  return dir;
}

export function memorySettings(initial: Partial<Settings> = {}) {
  let stored: unknown = { ...initial };
  return createSettingsService({
    read: () => stored,
    write: (value) => {
      stored = structuredClone(value);
    },
  });
}

export async function openTestLibrary(dir?: string, options: TestLibraryOptions = {}): Promise<TestLibrary> {
  const libraryDir = dir ?? join(await makeTempDir(), 'Triptych Library');
  const clock = createTestClock();
  const settings = memorySettings();
  const unexpectedErrors: unknown[] = [];
  const { seed, ...ports } = options;
  const random = ports.random ?? seededRandom(seed ?? 1);
  const open = () =>
    createServices({
      libraryDir,
      settings,
      now: clock.now,
      random,
      // Rename retries back off without costing the test suite wall time.
      writeOptions: { retry: { sleep: async () => {} } },
      ...ports,
    });
  let services = await open();
  const call = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const dispatch = createDispatcher(services.handlers, {
      validateResponses: true,
      onUnexpectedError: (_channel, error) => unexpectedErrors.push(error),
    });
    return createClient(createInMemoryTransport(dispatch)).call(channel, request);
  };
  const lib: TestLibrary = {
    dir: libraryDir,
    get services() {
      return services;
    },
    clock,
    call,
    async fail(channel, request, code) {
      const error = await call(channel, request).then(
        (data) => new Error(`expected ${code}, got ${JSON.stringify(data)}`),
        (e: unknown) => e,
      );
      if (!(error instanceof AppError)) throw error;
      if (error.code !== code) throw new Error(`expected ${code}, got ${error.code}: ${error.message} (${error.detail ?? ''})`);
      return error;
    },
    async reopen() {
      await services.dispose();
      services = await open();
    },
    dispose: () => services.dispose(),
    unexpectedErrors,
  };
  openLibraries.push(lib);
  return lib;
}

export function articlePath(lib: TestLibrary, issueId: string, articleId: string): string {
  return join(lib.dir, 'issues', issueId, 'articles', `${articleId}.json`);
}

export function issuePath(lib: TestLibrary, issueId: string): string {
  return join(lib.dir, 'issues', issueId, 'issue.json');
}

export const readBytes = (path: string) => readFile(path);

/** A paragraph body holding `text` (non-empty: the editor schema has no empty text nodes). */
export function paragraphs(...texts: string[]): Article['versions']['en']['body'] {
  return {
    type: 'doc',
    content: texts.map((text) => ({ type: 'paragraph', attrs: { blockId: null }, content: [{ type: 'text', text }] })),
  };
}

/** The article with every language's title, lead and body set from `text`. */
export function withText(article: Article, text: string, at = '2025-03-12T10:00:00.000Z'): Article {
  const version = (lang: string) => ({
    title: `${text} ${lang}`,
    lead: `${lang} lead ${text}`,
    body: paragraphs(`${lang} body ${text}`),
    status: 'draft' as const,
    updatedAt: at,
    translatedFrom: {},
  });
  return { ...article, versions: { en: version('en'), be: version('be'), ru: version('ru') } };
}
