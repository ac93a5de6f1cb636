import { describe, expect, it } from 'vitest';
import { importArchive } from '../../../electron/services/export/archive/import-archive';
import { readArchive } from '../../../electron/services/export/archive/read-archive';
import { getArticle } from '../../../electron/services/library/get-article';
import { listIssueIds } from '../../../electron/services/library/list-issues';
import { listTrash } from '../../../electron/services/library/list-trash';
import { restoreFromTrash } from '../../../electron/services/library/restore-from-trash';
import { saveArticle } from '../../../electron/services/library/save-article';
import { openTempLibrary } from '../../import/temp-library';
import { issueForExportFixture } from '../support/issue-for-export-fixture';
import { archiveFromLibrary, archiveText, writeArchive } from './archive-test-support';

/** A library holding the fixture issue, whose rich article was then edited there. */
async function libraryWithEditedIssue() {
  const original = archiveText(issueForExportFixture());
  const path = await writeArchive(original);
  const lib = await openTempLibrary();
  const { issueId } = await importArchive(lib.library, path, 'copy');
  const loaded = await getArticle(lib.library, issueId, 'article-rich');
  const edited = { ...loaded.article, versions: { ...loaded.article.versions, en: { ...loaded.article.versions.en, title: 'Edited after the archive was made' } } };
  await saveArticle(lib.library, { issueId, article: edited, baseRevision: loaded.revision });
  return { ...lib, issueId, original, path, editedArchive: await archiveFromLibrary(lib.library, issueId) };
}

describe('importing an archive whose issue is already in the library', () => {
  it('replace: the archived issue takes the id, the edited one goes to the trash and can be restored', async () => {
    const { library, issueId, original, path, editedArchive } = await libraryWithEditedIssue();
    const result = await importArchive(library, path, 'replace');
    expect(result.issueId).toBe(issueId);
    expect(result.replacedTrashId).not.toBeNull();
    expect(await archiveFromLibrary(library, issueId)).toBe(original);
    expect(await listIssueIds(library)).toEqual([issueId]);
    expect((await listTrash(library)).map((entry) => [entry.trashId, entry.kind, entry.issueId])).toEqual([[result.replacedTrashId, 'issue', issueId]]);

    // Restored beside the imported one (its id is taken now), exactly as it was.
    const restored = await restoreFromTrash(library, result.replacedTrashId!);
    expect(restored.issueId).not.toBe(issueId);
    expect((await getArticle(library, restored.issueId, 'article-rich')).article.versions.en.title).toBe('Edited after the archive was made');
    const restoredArchive = await archiveFromLibrary(library, restored.issueId);
    expect(restoredArchive.split(`"id": "${restored.issueId}"`).join(`"id": "${issueId}"`)).toBe(editedArchive);
  });

  it('copy: the edited issue is left exactly as it is and the archive arrives beside it', async () => {
    const { library, issueId, original, path, editedArchive } = await libraryWithEditedIssue();
    const result = await importArchive(library, path, 'copy');
    expect(result.replacedTrashId).toBeNull();
    expect(result.issueId).not.toBe(issueId);
    expect(await archiveFromLibrary(library, issueId)).toBe(editedArchive);
    expect((await archiveFromLibrary(library, result.issueId)).split(`"id": "${result.issueId}"`).join(`"id": "${issueId}"`)).toBe(original);
    expect(await listTrash(library)).toEqual([]);
  });

  it('replace into a library without that issue simply imports it', async () => {
    const original = archiveText(issueForExportFixture());
    const { library } = await openTempLibrary();
    const result = await importArchive(library, await writeArchive(original), 'replace');
    expect(result).toEqual({ issueId: readArchive(Buffer.from(original)).issue.id, replacedTrashId: null });
    expect(await listTrash(library)).toEqual([]);
  });
});
