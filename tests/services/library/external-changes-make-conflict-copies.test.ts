import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../shared/domain/article';
import { articlePath, openTestLibrary, readBytes, withText } from './library-test-harness';

async function setup() {
  const lib = await openTestLibrary();
  const issue = await lib.call('issue:create-next', {});
  const created = await lib.call('article:create', { issueId: issue.id });
  return { lib, issueId: issue.id, created };
}

describe('a file changed outside Triptych (D8)', () => {
  it('is never overwritten: the incoming version goes to a conflict copy beside it and conflict is returned', async () => {
    const { lib, issueId, created } = await setup();
    const path = articlePath(lib, issueId, created.article.id);
    // A sync tool brings the other laptop's version.
    const theirs = withText(created.article, 'Іх версія');
    await writeFile(path, `${JSON.stringify(theirs, null, 2)}\n`);
    const theirBytes = await readBytes(path);

    const mine = withText(created.article, 'Мая версія');
    lib.clock.set('2025-03-12T15:04:05.678Z');
    const error = await lib.fail('article:save', { issueId, article: mine, baseRevision: created.revision }, 'conflict');
    expect(error.detail).toBe(`${created.article.id}.conflict-2025-03-12T15-04-05-678Z.json`);
    expect(await readBytes(path)).toEqual(theirBytes);
    const copy = JSON.parse(await readFile(join(lib.dir, 'issues', issueId, 'articles', error.detail!), 'utf8')) as unknown;
    expect(ArticleSchema.parse(copy)).toEqual(mine);
    // The copy stays out of the article list.
    expect((await lib.call('issue:get', { issueId })).articles.map((a) => a.id)).toEqual([created.article.id]);
  });

  it('keeps every conflicting save, each in its own copy', async () => {
    const { lib, issueId, created } = await setup();
    await writeFile(articlePath(lib, issueId, created.article.id), `${JSON.stringify(withText(created.article, 'theirs'))}\n`);
    lib.clock.set('2025-03-12T15:00:00.000Z');
    const one = await lib.fail('article:save', { issueId, article: withText(created.article, 'one'), baseRevision: created.revision }, 'conflict');
    lib.clock.set('2025-03-12T15:00:00.000Z');
    const two = await lib.fail('article:save', { issueId, article: withText(created.article, 'two'), baseRevision: created.revision }, 'conflict');
    expect(one.detail).not.toBe(two.detail);
    const files = await readdir(join(lib.dir, 'issues', issueId, 'articles'));
    expect(files.filter((f) => f.includes('.conflict-'))).toHaveLength(2);
  });

  it('after reloading, the external version is what the editor sees and saving from it works', async () => {
    const { lib, issueId, created } = await setup();
    const theirs = withText(created.article, 'theirs');
    await writeFile(articlePath(lib, issueId, created.article.id), JSON.stringify(theirs));
    const reloaded = await lib.call('article:get', { issueId, articleId: created.article.id });
    expect(reloaded.article).toEqual(theirs);
    const merged = withText(theirs, 'merged');
    const saved = await lib.call('article:save', { issueId, article: merged, baseRevision: reloaded.revision });
    expect((await lib.call('article:get', { issueId, articleId: created.article.id })).revision).toBe(saved.revision);
  });

  it('is not a conflict when our own previous save is on disk (chained revisions)', async () => {
    const { lib, issueId, created } = await setup();
    let revision = created.revision;
    for (let i = 0; i < 5; i++) {
      revision = (await lib.call('article:save', { issueId, article: withText(created.article, `v${i}`), baseRevision: revision })).revision;
    }
    expect((await lib.call('article:get', { issueId, articleId: created.article.id })).article).toEqual(withText(created.article, 'v4'));
  });

  it('writes an article whose file was deleted meanwhile instead of losing the text', async () => {
    const { lib, issueId, created } = await setup();
    await rm(articlePath(lib, issueId, created.article.id));
    const mine = withText(created.article, 'still here');
    await lib.call('article:save', { issueId, article: mine, baseRevision: created.revision });
    expect((await lib.call('article:get', { issueId, articleId: mine.id })).article).toEqual(mine);
  });
});
