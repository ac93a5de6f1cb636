import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/domain/article';
import { AppError } from '../../../shared/ipc/error-codes';
import { articlePath, openTestLibrary, withText, type TestLibrary } from './library-test-harness';

// D5 as a model-based test: a simulated editor (one article open at a time, like the article
// screen) drives the real services through edit, save, switch, rename, external edits,
// reload and quit. Each article's texts carry its own marker, so text landing in the wrong
// file is visible at once.

interface Model {
  /** What each article file must hold: its last acknowledged save or external edit. */
  disk: Article[];
  issueNumber: number;
}

interface Editor {
  index: number;
  article: Article;
  baseRevision: string;
  dirty: boolean;
  /** A sync tool wrote the open file after the editor loaded it: the next save must conflict. */
  changedOnDisk: boolean;
}

interface Real {
  lib: TestLibrary;
  place: Array<{ issueId: string; articleId: string }>;
  editor: Editor;
  seq: number;
  conflictCopies: number[];
}

const ARTICLES = 3;
const marker = (k: number) => `⟦A${k}⟧`;

function textFor(real: Real, k: number, text: string): string {
  real.seq += 1;
  return `${marker(k)} ${text} #${real.seq}`;
}

function allTexts(article: Article): string[] {
  const out: string[] = [];
  for (const v of Object.values(article.versions)) {
    out.push(v.title, v.lead);
    const walk = (node: { text?: string; content?: unknown[] }) => {
      if (node.text !== undefined) out.push(node.text);
      node.content?.forEach((child) => walk(child as typeof node));
    };
    walk(v.body);
  }
  return out;
}

async function load(real: Real, index: number): Promise<void> {
  const { issueId, articleId } = real.place[index]!;
  const loaded = await real.lib.call('article:get', { issueId, articleId });
  real.editor = { index, article: loaded.article, baseRevision: loaded.revision, dirty: false, changedOnDisk: false };
}

/**
 * Starts the save of the open article if it is dirty; resolves once it has settled, with the
 * model updated. On a conflict the incoming text must be in the copy; the caller then
 * reloads, taking the external version (as the user would after reading the message).
 */
function startFlush(model: Model, real: Real): Promise<'clean' | 'saved' | 'conflict'> {
  const editor = real.editor;
  if (!editor.dirty) return Promise.resolve('clean');
  const { issueId } = real.place[editor.index]!;
  const article = editor.article;
  const expectConflict = editor.changedOnDisk;
  return real.lib.call('article:save', { issueId, article, baseRevision: editor.baseRevision }).then(
    (saved) => {
      expect(expectConflict).toBe(false);
      model.disk[editor.index] = article;
      editor.baseRevision = saved.revision;
      editor.dirty = false;
      return 'saved' as const;
    },
    async (error: unknown) => {
      if (!(error instanceof AppError) || error.code !== 'conflict' || !expectConflict) throw error;
      const copy = JSON.parse(await readFile(join(real.lib.dir, 'issues', issueId, 'articles', error.detail!), 'utf8')) as Article;
      expect(copy).toEqual(article);
      real.conflictCopies[editor.index]! += 1;
      return 'conflict' as const;
    },
  );
}

async function flushThenReloadOnConflict(model: Model, real: Real): Promise<void> {
  if ((await startFlush(model, real)) === 'conflict') await load(real, real.editor.index);
}

async function checkInvariants(model: Model, real: Real): Promise<void> {
  for (let k = 0; k < ARTICLES; k++) {
    const { issueId, articleId } = real.place[k]!;
    const raw = JSON.parse(await readFile(articlePath(real.lib, issueId, articleId), 'utf8')) as Article;
    for (const text of allTexts(raw)) {
      for (let other = 0; other < ARTICLES; other++) if (other !== k) expect(text).not.toContain(marker(other));
    }
    const loaded = await real.lib.call('article:get', { issueId, articleId });
    expect(loaded.article).toEqual(model.disk[k]);
    const files = await readdir(join(real.lib.dir, 'issues', issueId, 'articles'));
    expect(files.filter((f) => f.startsWith(`${articleId}.conflict-`))).toHaveLength(real.conflictCopies[k]!);
  }
  const issue = await real.lib.call('issue:get', { issueId: real.place[0]!.issueId });
  expect(issue.issue.number).toBe(model.issueNumber);
}

type Cmd = fc.AsyncCommand<Model, Real>;

const edit = (text: string): Cmd => ({
  check: () => true,
  async run(model, real) {
    const e = real.editor;
    e.article = withText(e.article, textFor(real, e.index, text));
    e.dirty = true;
    await checkInvariants(model, real);
  },
  toString: () => `edit(${JSON.stringify(text)})`,
});

const save: Cmd = {
  check: () => true,
  async run(model, real) {
    await flushThenReloadOnConflict(model, real);
    await checkInvariants(model, real);
  },
  toString: () => 'save',
};

// The save of the article being left and the load of the next one are sent together,
// without waiting, as a hurried UI would: the save must still land in its own file.
const switchTo = (index: number): Cmd => ({
  check: () => true,
  async run(model, real) {
    const flushing = startFlush(model, real);
    const { issueId, articleId } = real.place[index]!;
    const loading = real.lib.call('article:get', { issueId, articleId });
    const [, loaded] = await Promise.all([flushing, loading]);
    real.editor = { index, article: loaded.article, baseRevision: loaded.revision, dirty: false, changedOnDisk: false };
    await checkInvariants(model, real);
  },
  toString: () => `switch(${index})`,
});

const renameIssue = (number: number): Cmd => ({
  check: () => true,
  async run(model, real) {
    const flushing = startFlush(model, real);
    const renaming = real.lib.call('issue:update', { issueId: real.place[0]!.issueId, number });
    const [flushed] = await Promise.all([flushing, renaming]);
    if (flushed === 'conflict') await load(real, real.editor.index);
    model.issueNumber = number;
    await checkInvariants(model, real);
  },
  toString: () => `renameIssue(${number})`,
});

const externalEdit = (index: number, text: string): Cmd => ({
  check: () => true,
  async run(model, real) {
    const { issueId, articleId } = real.place[index]!;
    const theirs = withText(model.disk[index]!, textFor(real, index, `external ${text}`));
    await writeFile(articlePath(real.lib, issueId, articleId), JSON.stringify(theirs, null, 1));
    model.disk[index] = theirs;
    if (real.editor.index === index) real.editor.changedOnDisk = true;
    await checkInvariants(model, real);
  },
  toString: () => `externalEdit(${index}, ${JSON.stringify(text)})`,
});

const reload: Cmd = {
  check: () => true,
  async run(model, real) {
    await startFlush(model, real);
    // Whatever the save's outcome, the reload shows what is on disk now.
    await load(real, real.editor.index);
    expect(real.editor.article).toEqual(model.disk[real.editor.index]);
    await checkInvariants(model, real);
  },
  toString: () => 'reload',
};

const quitAndReopen: Cmd = {
  check: () => true,
  async run(model, real) {
    // The save is sent and quit follows at once: dispose must write it before letting go.
    const flushing = startFlush(model, real);
    await real.lib.reopen();
    await flushing;
    await load(real, real.editor.index);
    await checkInvariants(model, real);
  },
  toString: () => 'quit+reopen',
};

const text = fc.string({ unit: fc.constantFrom('a', 'b', 'ў', 'і', 'ё', '’', ' ', '\u0301', '😀'), maxLength: 12 });
const index = fc.integer({ min: 0, max: ARTICLES - 1 });
const commands = fc.commands(
  [
    text.map(edit),
    fc.constant(save),
    index.map(switchTo),
    fc.integer({ min: 1, max: 999 }).map(renameIssue),
    fc.tuple(index, text).map(([i, t]) => externalEdit(i, t)),
    fc.constant(reload),
    fc.constant(quitAndReopen),
  ],
  { maxCommands: 25 },
);

async function setup(): Promise<{ model: Model; real: Real }> {
  const lib = await openTestLibrary();
  const first = await lib.call('issue:create-next', {});
  const second = await lib.call('issue:create-next', {});
  const place: Real['place'] = [];
  const disk: Article[] = [];
  const real = { lib, place, seq: 0, conflictCopies: [0, 0, 0] } as unknown as Real;
  // Two articles share an issue (one queue), the third is in another issue.
  for (const issueId of [first.id, first.id, second.id]) {
    const created = await lib.call('article:create', { issueId });
    const article = withText(created.article, textFor(real, place.length, 'start'));
    await lib.call('article:save', { issueId, article, baseRevision: created.revision });
    place.push({ issueId, articleId: article.id });
    disk.push(article);
  }
  await load(real, 0);
  return { model: { disk, issueNumber: first.number }, real };
}

describe('one writer per document (D5)', () => {
  it('never puts one article’s text into another’s file, and every acknowledged save is on disk', async () => {
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        const { model, real } = await setup();
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        } finally {
          await real.lib.dispose();
        }
      }),
      { numRuns: 60 },
    );
  }, 180_000);
});
