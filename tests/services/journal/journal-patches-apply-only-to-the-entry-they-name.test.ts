import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/domain/article';
import { openTestLibrary, withText } from '../library/library-test-harness';

async function setup() {
  const lib = await openTestLibrary();
  const issue = await lib.call('issue:create-next', {});
  const created = await lib.call('article:create', { issueId: issue.id });
  const articleId = created.article.id;
  const paragraphs = (texts: string[]) => ({
    type: 'doc' as const,
    content: texts.map((text, i) => ({ type: 'paragraph', attrs: { blockId: `blk-${i}000` }, content: [{ type: 'text', text }] })),
  });
  const article: Article = {
    ...created.article,
    versions: { ...created.article.versions, be: { ...created.article.versions.be, title: 'Загаловак', body: paragraphs(['Першы абзац.', 'Другі абзац.', 'Трэці абзац.']) } },
  };
  const first = await lib.call('journal:write', { issueId: issue.id, articleId, article, baseRevision: created.revision });
  const entryFile = join(lib.dir, '.journal', `${issue.id}.${articleId}.json`);
  const onDisk = async () => (JSON.parse(await readFile(entryFile, 'utf8')) as { article: Article }).article;
  return { lib, issueId: issue.id, articleId, created, article, first, onDisk, entryFile };
}

describe('crash journal patches, main side (D6, X4)', () => {
  it('writes the named entry plus the changed block and fields, durably, as a whole entry on disk', async () => {
    const { lib, issueId, articleId, created, article, first, onDisk } = await setup();
    const changed = { type: 'paragraph', attrs: { blockId: 'blk-1000' }, content: [{ type: 'text', text: 'Другі абзац, дапісаны.' }] };
    const answer = await lib.call('journal:patch', {
      issueId,
      articleId,
      baseRevision: created.revision,
      base: first.entryId,
      patch: { versions: { be: { title: 'Новы загаловак', body: { content: [{ keep: 0, count: 1 }, changed, { keep: 2, count: 1 }] } } } },
    });
    expect(answer.status).toBe('journaled');
    const expected: Article = {
      ...article,
      versions: { ...article.versions, be: { ...article.versions.be, title: 'Новы загаловак', body: { type: 'doc', content: [article.versions.be.body.content![0]!, changed, article.versions.be.body.content![2]!] } } },
    };
    expect(await onDisk()).toEqual(expected);
    // What a restart finds is the patched article, offered back like any entry.
    await lib.reopen();
    expect((await lib.call('article:get', { issueId, articleId })).recovered?.article).toEqual(expected);
  });

  it('refuses a patch to an entry it no longer holds (older entry, saved and retired, after a restart) and writes nothing', async () => {
    const { lib, issueId, articleId, created, article, first, onDisk, entryFile } = await setup();
    const title = (text: string) => ({ versions: { en: { title: text } } });
    const second = await lib.call('journal:patch', { issueId, articleId, baseRevision: created.revision, base: first.entryId, patch: title('second') });
    expect(second.status).toBe('journaled');
    // A patch against the older entry would drop what the newer one holds.
    expect(await lib.call('journal:patch', { issueId, articleId, baseRevision: created.revision, base: first.entryId, patch: title('stale') })).toEqual({ status: 'needs-whole-article' });
    expect((await onDisk()).versions.en.title).toBe('second');

    // Saved exactly what the entry holds: the entry is retired, and a patch to it refused.
    const saved = { ...article, versions: { ...article.versions, en: { ...article.versions.en, title: 'second' } } };
    await lib.call('article:save', { issueId, article: saved, baseRevision: created.revision });
    expect(await readdir(join(lib.dir, '.journal')).then((names) => names.filter((n) => n.endsWith('.json')))).toEqual([]);
    if (second.status !== 'journaled') throw new Error('unreachable');
    expect(await lib.call('journal:patch', { issueId, articleId, baseRevision: created.revision, base: second.entryId, patch: title('third') })).toEqual({ status: 'needs-whole-article' });
    await expect(readFile(entryFile)).rejects.toMatchObject({ code: 'ENOENT' });

    // A restart forgets every entry id.
    const again = await lib.call('journal:write', { issueId, articleId, article: withText(article, 'again'), baseRevision: created.revision });
    await lib.reopen();
    expect(await lib.call('journal:patch', { issueId, articleId, baseRevision: created.revision, base: again.entryId, patch: title('after restart') })).toEqual({ status: 'needs-whole-article' });
  });

  it('refuses blocks the entry does not have, and a patch that breaks the article or the editor schema, leaving the entry as it was', async () => {
    const { lib, issueId, articleId, created, first, onDisk } = await setup();
    const before = await readFile(join(lib.dir, '.journal', `${issueId}.${articleId}.json`));
    const patch = (p: object) => ({ issueId, articleId, baseRevision: created.revision, base: first.entryId, patch: p });
    expect(await lib.call('journal:patch', patch({ versions: { be: { body: { content: [{ keep: 2, count: 2 }] } } } }))).toEqual({ status: 'needs-whole-article' });
    await lib.fail('journal:patch', patch({ versions: { be: { title: 'x'.repeat(1001) } } }), 'invalid-request');
    await lib.fail('journal:patch', patch({ versions: { be: { body: { content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }] } } } }), 'invalid-request');
    await lib.fail('journal:patch', patch({ versions: { be: { body: { content: [{ keep: 0, count: 1, type: 'paragraph' }] } } } }), 'invalid-request');
    expect(await readFile(join(lib.dir, '.journal', `${issueId}.${articleId}.json`))).toEqual(before);
    expect((await onDisk()).versions.be.title).toBe('Загаловак');
  });
});
