import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePath, openTestLibrary, withText } from '../library/library-test-harness';

async function setup() {
  const lib = await openTestLibrary();
  const issue = await lib.call('issue:create-next', {});
  const created = await lib.call('article:create', { issueId: issue.id });
  return { lib, issueId: issue.id, created, articleId: created.article.id };
}

const journalEntries = async (dir: string) => (await readdir(join(dir, '.journal'))).filter((name) => name.endsWith('.json'));

describe('a successful save and the crash journal (D6)', () => {
  it('removes the entry when it holds exactly what was saved', async () => {
    const { lib, issueId, created, articleId } = await setup();
    const edited = withText(created.article, 'edited');
    await lib.call('journal:write', { issueId, articleId, article: edited, baseRevision: created.revision });
    await lib.call('article:save', { issueId, article: edited, baseRevision: created.revision });
    expect(await journalEntries(lib.dir)).toEqual([]);
    await lib.reopen();
    expect((await lib.call('article:get', { issueId, articleId })).recovered).toBeUndefined();
  });

  it('keeps a newer entry written after the saved version was captured', async () => {
    const { lib, issueId, created, articleId } = await setup();
    const saving = withText(created.article, 'saving');
    const newer = withText(created.article, 'typed while saving');
    await lib.call('journal:write', { issueId, articleId, article: saving, baseRevision: created.revision });
    await lib.call('journal:write', { issueId, articleId, article: newer, baseRevision: created.revision });
    const saved = await lib.call('article:save', { issueId, article: saving, baseRevision: created.revision });
    expect(await journalEntries(lib.dir)).toHaveLength(1);
    await lib.reopen();
    const loaded = await lib.call('article:get', { issueId, articleId });
    expect(loaded.revision).toBe(saved.revision);
    expect(loaded.recovered?.article).toEqual(newer);
    expect((await lib.call('recovery:list', {})).map((e) => e.articleId)).toEqual([articleId]);
  });

  it('after a conflict, retires an entry the conflict copy holds word for word, and keeps a newer one', async () => {
    const { lib, issueId, created, articleId } = await setup();
    const mine = withText(created.article, 'mine');
    await lib.call('journal:write', { issueId, articleId, article: mine, baseRevision: created.revision });
    await writeFile(articlePath(lib, issueId, articleId), JSON.stringify(withText(created.article, 'theirs')));
    await lib.fail('article:save', { issueId, article: mine, baseRevision: created.revision }, 'conflict');
    expect(await journalEntries(lib.dir)).toEqual([]);
    const copies = (await readdir(join(lib.dir, 'issues', issueId, 'articles'))).filter((name) => name.includes('.conflict-'));
    expect(copies).toHaveLength(1);

    const newer = withText(created.article, 'typed after the copy');
    await lib.call('journal:write', { issueId, articleId, article: newer, baseRevision: created.revision });
    await lib.fail('article:save', { issueId, article: mine, baseRevision: created.revision }, 'conflict');
    expect((await lib.call('article:get', { issueId, articleId })).recovered?.article).toEqual(newer);
  });

  it('a save of another article leaves this article’s entry alone', async () => {
    const { lib, issueId, created, articleId } = await setup();
    const other = await lib.call('article:create', { issueId });
    const edited = withText(created.article, 'edited');
    await lib.call('journal:write', { issueId, articleId, article: edited, baseRevision: created.revision });
    await lib.call('article:save', { issueId, article: withText(other.article, 'edited'), baseRevision: other.revision });
    expect(await journalEntries(lib.dir)).toHaveLength(1);
  });
});
