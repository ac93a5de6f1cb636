import { existsSync } from 'node:fs';
import { copyFile, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePath, openTestLibrary, readBytes, withText } from './library-test-harness';

async function issueWithArticles(count: number) {
  const lib = await openTestLibrary();
  const issue = await lib.call('issue:create-next', {});
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const created = await lib.call('article:create', { issueId: issue.id });
    await lib.call('article:save', { issueId: issue.id, article: withText(created.article, `Article ${i}`), baseRevision: created.revision });
    ids.push(created.article.id);
  }
  return { lib, issueId: issue.id, ids };
}

describe('trash', () => {
  it('moves a trashed article into .trash byte for byte and takes it out of the order', async () => {
    const { lib, issueId, ids } = await issueWithArticles(3);
    const [a, b, c] = ids as [string, string, string];
    const bytes = await readBytes(articlePath(lib, issueId, b));
    lib.clock.set('2025-03-14T12:00:00Z');
    const { trashId } = await lib.call('article:trash', { issueId, articleId: b });
    expect(existsSync(articlePath(lib, issueId, b))).toBe(false);
    expect(await readBytes(join(lib.dir, '.trash', trashId, `${b}.json`))).toEqual(bytes);
    const entryFile = JSON.parse(await readFile(join(lib.dir, '.trash', trashId, 'trash-entry.json'), 'utf8')) as Record<string, unknown>;
    expect(entryFile).toMatchObject({ kind: 'article', issueId, articleId: b, position: 1, originalPath: `issues/${issueId}/articles/${b}.json` });
    expect((await lib.call('issue:get', { issueId })).issue.articleOrder).toEqual([a, c]);
    expect(await lib.call('trash:list', {})).toEqual([
      { trashId, kind: 'article', issueId, articleId: b, label: 'Article 1 en', trashedAt: '2025-03-14T12:00:00.000Z' },
    ]);
  });

  it('restores an article to its place in the order with the same bytes, and empties its trash entry', async () => {
    const { lib, issueId, ids } = await issueWithArticles(3);
    const b = ids[1]!;
    const bytes = await readBytes(articlePath(lib, issueId, b));
    const { trashId } = await lib.call('article:trash', { issueId, articleId: b });
    expect(await lib.call('trash:restore', { trashId })).toEqual({ issueId });
    expect((await lib.call('issue:get', { issueId })).issue.articleOrder).toEqual(ids);
    expect(await readBytes(articlePath(lib, issueId, b))).toEqual(bytes);
    expect(await lib.call('trash:list', {})).toEqual([]);
    expect(existsSync(join(lib.dir, '.trash', trashId))).toBe(false);
    await lib.fail('trash:restore', { trashId }, 'not-found');
  });

  it('takes conflict copies along to the trash and back', async () => {
    const { lib, issueId, ids } = await issueWithArticles(1);
    const a = ids[0]!;
    const copy = `${a}.conflict-2025-03-12T10-00-00-000Z.json`;
    await copyFile(articlePath(lib, issueId, a), join(lib.dir, 'issues', issueId, 'articles', copy));
    const { trashId } = await lib.call('article:trash', { issueId, articleId: a });
    expect((await readdir(join(lib.dir, '.trash', trashId))).sort()).toEqual([`${a}.json`, copy, 'trash-entry.json'].sort());
    expect(await readdir(join(lib.dir, 'issues', issueId, 'articles'))).toEqual([]);
    await lib.call('trash:restore', { trashId });
    expect((await readdir(join(lib.dir, 'issues', issueId, 'articles'))).sort()).toEqual([`${a}.json`, copy].sort());
  });

  it('restores under a new id beside the article when its file was recreated meanwhile, overwriting neither', async () => {
    const { lib, issueId, ids } = await issueWithArticles(1);
    const a = ids[0]!;
    const loaded = await lib.call('article:get', { issueId, articleId: a });
    const trashedBytes = await readBytes(articlePath(lib, issueId, a));
    const { trashId } = await lib.call('article:trash', { issueId, articleId: a });
    // The editor still had it open and saved once more: the file comes back (nothing lost).
    await lib.call('article:save', { issueId, article: withText(loaded.article, 'Saved after trash'), baseRevision: loaded.revision });
    const recreatedBytes = await readBytes(articlePath(lib, issueId, a));
    await lib.call('trash:restore', { trashId });
    const detail = await lib.call('issue:get', { issueId });
    expect(detail.articles).toHaveLength(2);
    const other = detail.issue.articleOrder.find((id) => id !== a)!;
    expect(await readBytes(articlePath(lib, issueId, a))).toEqual(recreatedBytes);
    expect(await readBytes(articlePath(lib, issueId, other))).toEqual(trashedBytes);
    expect((await lib.call('article:get', { issueId, articleId: other })).article.versions.en.title).toBe('Article 0 en');
  });

  it('trashes a whole issue folder unchanged and restores it', async () => {
    const { lib, issueId, ids } = await issueWithArticles(2);
    const issueBytes = await readBytes(join(lib.dir, 'issues', issueId, 'issue.json'));
    const articleBytes = await readBytes(articlePath(lib, issueId, ids[0]!));
    const { trashId } = await lib.call('issue:trash', { issueId });
    expect(await lib.call('issues:list', {})).toEqual([]);
    expect(await readBytes(join(lib.dir, '.trash', trashId, issueId, 'issue.json'))).toEqual(issueBytes);
    const [entry] = await lib.call('trash:list', {});
    expect(entry).toMatchObject({ kind: 'issue', issueId, articleId: null, label: '1 (2025-03-10 – 2025-03-16)' });
    expect(await lib.call('trash:restore', { trashId })).toEqual({ issueId });
    expect(await readBytes(join(lib.dir, 'issues', issueId, 'issue.json'))).toEqual(issueBytes);
    expect(await readBytes(articlePath(lib, issueId, ids[0]!))).toEqual(articleBytes);
    expect((await lib.call('issue:get', { issueId })).issue.articleOrder).toEqual(ids);
  });

  it('restores an article whose issue was trashed after it by restoring the issue too', async () => {
    const { lib, issueId, ids } = await issueWithArticles(2);
    const [a, b] = ids as [string, string];
    const article = await lib.call('article:trash', { issueId, articleId: a });
    await lib.call('issue:trash', { issueId });
    expect(await lib.call('trash:restore', { trashId: article.trashId })).toEqual({ issueId });
    expect((await lib.call('issue:get', { issueId })).issue.articleOrder).toEqual([a, b]);
    expect(await lib.call('trash:list', {})).toEqual([]);
  });

  it('recreates the issue from what the trash entry recorded when it has vanished altogether', async () => {
    const { lib, issueId, ids } = await issueWithArticles(1);
    const { trashId } = await lib.call('article:trash', { issueId, articleId: ids[0]! });
    await rm(join(lib.dir, 'issues', issueId), { recursive: true });
    expect(await lib.call('trash:restore', { trashId })).toEqual({ issueId });
    const detail = await lib.call('issue:get', { issueId });
    expect(detail.issue).toMatchObject({ number: 1, periodStart: '2025-03-10', periodEnd: '2025-03-16', articleOrder: ids });
  });

  it('restores a trashed issue under a new id when its folder name is taken', async () => {
    const { lib, issueId } = await issueWithArticles(1);
    const { trashId } = await lib.call('issue:trash', { issueId });
    const fresh = await lib.call('issue:create-next', { weekOf: '2025-03-10' });
    // A sync tool brings back a folder of the same name meanwhile.
    await rename(join(lib.dir, 'issues', fresh.id), join(lib.dir, 'issues', issueId));
    const restored = await lib.call('trash:restore', { trashId });
    expect(restored.issueId).not.toBe(issueId);
    expect(restored.issueId).toMatch(/^2025-03-10-[a-z0-9]{4}$/);
    expect(await lib.call('issues:list', {})).toHaveLength(2);
    expect((await lib.call('issue:get', { issueId: restored.issueId })).articles).toHaveLength(1);
  });

  it('lets an order entry whose file is missing be trashed, and brings it back on restore', async () => {
    const { lib, issueId, ids } = await issueWithArticles(2);
    const [a, b] = ids as [string, string];
    await rm(articlePath(lib, issueId, a));
    const { trashId } = await lib.call('article:trash', { issueId, articleId: a });
    expect((await lib.call('issue:get', { issueId })).issue.articleOrder).toEqual([b]);
    await lib.call('trash:restore', { trashId });
    expect((await lib.call('issue:get', { issueId })).issue.articleOrder).toEqual([a, b]);
  });

  it('lists the newest trash first and refuses trash ids that are not ids', async () => {
    const { lib, issueId, ids } = await issueWithArticles(2);
    lib.clock.set('2025-03-14T10:00:00Z');
    const first = await lib.call('article:trash', { issueId, articleId: ids[0]! });
    lib.clock.set('2025-03-14T11:00:00Z');
    const second = await lib.call('article:trash', { issueId, articleId: ids[1]! });
    expect((await lib.call('trash:list', {})).map((e) => e.trashId)).toEqual([second.trashId, first.trashId]);
    for (const trashId of ['../issues', '..', '', '/etc', 'T-UPPER', 't-x/../../y', '.trash']) {
      await lib.fail('trash:restore', { trashId }, 'not-found');
    }
  });

  it('trashes an unreadable article without reading or changing its bytes', async () => {
    const { lib, issueId, ids } = await issueWithArticles(1);
    const garbage = Buffer.from([0x7b, 0x00, 0x00, 0xff]);
    await writeFile(articlePath(lib, issueId, ids[0]!), garbage);
    const { trashId } = await lib.call('article:trash', { issueId, articleId: ids[0]! });
    expect((await lib.call('trash:list', {}))[0]?.label).toBe(ids[0]);
    expect(await readBytes(join(lib.dir, '.trash', trashId, `${ids[0]}.json`))).toEqual(garbage);
    await lib.call('trash:restore', { trashId });
    expect(await readBytes(articlePath(lib, issueId, ids[0]!))).toEqual(garbage);
  });
});
