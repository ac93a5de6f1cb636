import { describe, expect, it } from 'vitest';
import { archiveFile } from '../../../electron/services/export/archive/archive-file';
import { inspectArchive, importArchive } from '../../../electron/services/export/archive/import-archive';
import { readArchive } from '../../../electron/services/export/archive/read-archive';
import { getArticle } from '../../../electron/services/library/get-article';
import { getIssue } from '../../../electron/services/library/get-issue';
import { DEFAULT_RUBRICS } from '../../../shared/domain/library-manifest';
import { openTempLibrary } from '../../import/temp-library';
import { issueForExportFixture, RICH_TEXTS } from '../support/issue-for-export-fixture';
import { archiveFromLibrary, archiveText, writeArchive } from './archive-test-support';

describe('the .triptych archive', () => {
  it('is one deterministic JSON document: fixed key order, two-space indent, a final newline, only the rubrics in use', async () => {
    const input = issueForExportFixture();
    const first = archiveText(input);
    expect(archiveText(issueForExportFixture())).toBe(first);
    expect(first.startsWith('{\n  "format": "triptych-issue",\n  "formatVersion": 1,\n  "issue": {\n    "schemaVersion": 1,\n')).toBe(true);
    expect(first.endsWith('\n}\n')).toBe(true);
    const parsed = JSON.parse(first) as { issue: { id: string; articleOrder: string[] }; rubrics: Array<{ id: string }>; articles: Array<{ id: string }> };
    expect(Object.keys(parsed)).toEqual(['format', 'formatVersion', 'issue', 'rubrics', 'articles']);
    expect(JSON.stringify(parsed, null, 2) + '\n').toBe(first);
    const used = new Set(input.articles.map((a) => a.rubric));
    expect(parsed.rubrics.map((r) => r.id)).toEqual(DEFAULT_RUBRICS.filter((r) => used.has(r.id)).map((r) => r.id));
    expect(parsed.rubrics.length).toBeLessThan(DEFAULT_RUBRICS.length);
    expect(parsed.articles.map((a) => a.id)).toEqual(parsed.issue.articleOrder);
    // Every language's words are in it, in full.
    for (const lang of ['en', 'be', 'ru'] as const) expect(first).toContain(JSON.stringify(RICH_TEXTS[lang].quote));
    // Nothing about when it was made: the only dates are the issue's and articles' own.
    expect(first).not.toContain(new Date().toISOString().slice(0, 7));
    expect(archiveFile(input).path).toBe('issue-001.triptych');
  });

  it('export → import → export gives the same bytes, also when the import is a copy under a new issue id', async () => {
    const original = archiveText(issueForExportFixture());
    const path = await writeArchive(original);
    const { library } = await openTempLibrary();
    const archivedId = readArchive(Buffer.from(original)).issue.id;

    expect(await inspectArchive(library, path)).toEqual({
      issueId: archivedId,
      number: 1,
      periodStart: '2014-03-10',
      periodEnd: '2014-03-16',
      articles: 3,
      exists: false,
    });
    expect(await importArchive(library, path, 'copy')).toEqual({ issueId: archivedId, replacedTrashId: null });
    expect(await archiveFromLibrary(library, archivedId)).toBe(original);

    expect((await inspectArchive(library, path)).exists).toBe(true);
    const copy = await importArchive(library, path, 'copy');
    expect(copy.issueId).not.toBe(archivedId);
    expect(copy.issueId.startsWith('2014-03-10-')).toBe(true);
    const again = await archiveFromLibrary(library, copy.issueId);
    expect(again).not.toBe(original);
    expect(again.split(`"id": "${copy.issueId}"`).join(`"id": "${archivedId}"`)).toBe(original);

    // Both are ordinary issues of the library now, every article readable in every language.
    const detail = await getIssue(library, copy.issueId);
    expect(detail.articles.map((a) => a.readable)).toEqual([true, true, true]);
    const rich = await getArticle(library, copy.issueId, 'article-rich');
    expect(rich.article.versions.be.title).toBe(RICH_TEXTS.be.title);
    expect(rich.article.versions.ru.status).toBe('approved');
  });

  it('keeps a rubric this library does not have on the article (the library shows its id)', async () => {
    const input = issueForExportFixture();
    const culture = { id: 'culture', name: { en: 'Culture', be: 'Культура', ru: 'Культура' } };
    const rich = input.articles.at(-1)!;
    const withCulture = { ...input, articles: [...input.articles.slice(0, -1), { ...rich, rubric: 'culture' }], rubrics: [...input.rubrics, culture] };
    const archived = archiveText(withCulture);
    expect(JSON.parse(archived).rubrics).toContainEqual(culture);
    const { library } = await openTempLibrary();
    const { issueId } = await importArchive(library, await writeArchive(archived), 'copy');
    expect((await getArticle(library, issueId, rich.id)).article.rubric).toBe('culture');
    expect(library.manifest?.rubrics.map((r) => r.id)).not.toContain('culture');
  });
});
