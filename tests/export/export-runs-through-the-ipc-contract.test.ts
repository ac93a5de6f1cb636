import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../shared/export/export-request';
import { makeTempDir, openTestLibrary } from '../services/library/library-test-harness';

// The export and import channels as the renderer uses them: folders and files only as
// tokens from the (here faked) OS dialogs, progress as events, the issue marked exported.

async function setUp() {
  const home = await makeTempDir();
  const folder = path.join(home, 'export here');
  const shown: string[] = [];
  let nextImport = '';
  const lib = await openTestLibrary(path.join(home, 'lib'), {
    createSample: true,
    desktop: {
      chooseFolder: async () => null,
      restart: () => {},
      chooseExportFolder: async () => folder,
      chooseImportFile: async () => nextImport,
      showInFolder: (p) => shown.push(p),
    },
  });
  const [summary] = await lib.call('issues:list', {});
  if (!summary?.readable) throw new Error('no sample');
  return { home, folder, shown, lib, issueId: summary.id, setImport: (p: string) => (nextImport = p) };
}

describe('export through the IPC contract', () => {
  it('exports to a chosen folder with progress, marks the issue exported and shows a file in the folder', async () => {
    const { folder, shown, lib, issueId } = await setUp();
    const { folderToken, path: shownPath } = await lib.call('export:choose-folder', {});
    expect(shownPath).toBe(folder);
    if (!folderToken) throw new Error('no token');
    const progress: ExportProgress[] = [];
    const off = lib.services.events.on('export:progress', (p) => progress.push(p));
    const result = await lib.call('export:run', { issueId, folderToken, formats: ['md', 'html', 'archive'], languages: ['ru', 'be'], acceptErrors: true });
    off();
    expect(result.folder).toBe(folder);
    expect(result.files.map((f) => f.format)).toEqual(expect.arrayContaining(['html', 'md', 'archive']));
    // Languages in canonical order whatever the request said: be before ru.
    expect(result.files.find((f) => f.lang !== null)?.lang).toBe('be');
    for (const file of result.files) expect(fs.statSync(path.join(folder, file.path)).size).toBe(file.bytes);
    expect(progress.at(-1)).toMatchObject({ issueId, done: progress.at(-1)?.total });
    expect(progress.map((p) => p.done)).toEqual([...progress.keys()]);

    const detail = await lib.call('issue:get', { issueId });
    expect(detail.issue.status).toBe('exported');
    expect(detail.issue.exportedAt).toBe(result.exportedAt);

    await lib.call('export:show-in-folder', { folderToken, path: result.files[0]?.path ?? '' });
    expect(shown).toEqual([path.join(folder, ...(result.files[0]?.path ?? '').split('/'))]);
    await lib.fail('export:show-in-folder', { folderToken, path: '../../etc/passwd' }, 'invalid-request');
  });

  it('refuses a folder token it never gave out, and an import token used as a folder', async () => {
    const { lib, issueId, home, setImport } = await setUp();
    await lib.fail('export:run', { issueId, folderToken: 'made-up-token-123', formats: ['md'], languages: ['en'], acceptErrors: true }, 'invalid-request');
    setImport(path.join(home, 'x.md'));
    const { fileToken } = await lib.call('import:choose-file', { kind: 'article' });
    await lib.fail('export:run', { issueId, folderToken: fileToken ?? '', formats: ['md'], languages: ['en'], acceptErrors: true }, 'invalid-request');
  });

  it('stops before writing anything when the check finds errors the editor did not accept', async () => {
    const { folder, lib, issueId } = await setUp();
    await lib.call('article:create', { issueId });
    const { findings } = await lib.call('export:preflight', { issueId, languages: ['en'] });
    expect(findings.some((f) => f.severity === 'error' && f.code === 'version-empty')).toBe(true);
    const { folderToken } = await lib.call('export:choose-folder', {});
    const error = await lib.fail('export:run', { issueId, folderToken: folderToken ?? '', formats: ['html'], languages: ['en'], acceptErrors: false }, 'preflight-failed');
    expect(Number(error.detail)).toBe(findings.filter((f) => f.severity === 'error').length);
    expect(fs.existsSync(folder)).toBe(false);
    expect((await lib.call('issue:get', { issueId })).issue.exportedAt).toBeNull();
  });

  it('warns in the check when an email edition is larger than Gmail shows', async () => {
    const { lib, issueId } = await setUp();
    const { article, revision } = await lib.call('article:create', { issueId });
    const long = 'Доўгі абзац з кірылічнымі літарамі, кожная з якіх займае два байты. '.repeat(40);
    const body = { type: 'doc' as const, content: Array.from({ length: 60 }, (_, i) => ({ type: 'paragraph', attrs: { blockId: `long-${i}` }, content: [{ type: 'text', text: long }] })) };
    const be = { ...article.versions.be, title: 'Вельмі доўгі артыкул', lead: 'Каб праверыць памер ліста', body, status: 'approved' as const };
    await lib.call('article:save', { issueId, article: { ...article, versions: { ...article.versions, be } }, baseRevision: revision });
    const without = await lib.call('export:preflight', { issueId, languages: ['be'] });
    expect(without.findings.some((f) => f.code === 'email-too-large')).toBe(false);
    const withEmail = await lib.call('export:preflight', { issueId, languages: ['be'], formats: ['email'] });
    const warning = withEmail.findings.find((f) => f.code === 'email-too-large');
    expect(warning).toMatchObject({ severity: 'warning', lang: 'be' });
    expect(warning?.count).toBeGreaterThan(102 * 1024);
  });
});
