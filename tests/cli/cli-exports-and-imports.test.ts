import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireProgram } from '../support/browser-app';
import { makeTempDir, openTestLibrary } from '../services/library/library-test-harness';
import { runCli } from './run-cli';

async function sampleLibrary(): Promise<{ home: string; library: string; issueId: string }> {
  const home = await makeTempDir();
  const library = path.join(home, 'lib');
  const lib = await openTestLibrary(library, { createSample: true });
  const [summary] = await lib.call('issues:list', {});
  await lib.dispose();
  if (!summary?.readable) throw new Error('no sample issue');
  return { home, library, issueId: summary.id };
}

const listed = (stdout: string) => stdout.trim().split('\n').map((line) => line.split('\t')[0] ?? '');

describe('triptych command line: export and import', () => {
  it('export stops on check errors unless --force, writes what it lists, and a re-export removes only its own old files', async () => {
    const { home, library, issueId } = await sampleLibrary();
    const lib = await openTestLibrary(library);
    await lib.call('article:create', { issueId }); // all versions empty: errors
    await lib.dispose();
    const out = path.join(home, 'out');

    const stopped = await runCli(['export', '--issue', issueId, '--format', 'html,md,archive', '--lang', 'be,ru', '--out', out, '--library', library], home);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('--force');
    expect(fs.existsSync(out)).toBe(false);

    const forced = await runCli(['export', '--issue', issueId, '--format', 'html,md,archive', '--lang', 'be,ru', '--out', out, '--force', '--library', library], home);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    const first = listed(forced.stdout);
    expect(first.some((p) => p.startsWith('web/') && p.endsWith('.be.html'))).toBe(true);
    expect(first.some((p) => p.startsWith('markdown/ru/'))).toBe(true);
    expect(first.some((p) => p.endsWith('.triptych'))).toBe(true);
    expect(first.some((p) => p.includes('/en/') || p.includes('.en.'))).toBe(false);
    for (const file of first) expect(fs.statSync(path.join(out, file)).size).toBeGreaterThan(0);

    fs.writeFileSync(path.join(out, 'notes.txt'), 'the editor’s own file');
    const again = await runCli(['export', '--issue', issueId, '--format', 'md', '--lang', 'be,ru', '--out', out, '--force', '--library', library], home);
    expect(again.code).toBe(0);
    const second = listed(again.stdout);
    expect(second.every((p) => p.startsWith('markdown/'))).toBe(true);
    for (const gone of first.filter((p) => !second.includes(p))) {
      expect(fs.existsSync(path.join(out, gone))).toBe(false);
      expect(again.stderr).toContain(`removed (no longer exported): ${gone}`);
    }
    expect(fs.readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('the editor’s own file');

    const after = JSON.parse((await runCli(['list', '--json', '--library', library], home)).stdout) as Array<{ id: string; status: string }>;
    expect(after.find((i) => i.id === issueId)?.status).toBe('exported');
  });

  it('imports a Markdown file as a new article, and an archive as a copy of the issue', async () => {
    const { home, library, issueId } = await sampleLibrary();
    const md = path.join(home, 'заметка.md');
    fs.writeFileSync(md, '# Новая заметка\n\nПервый абзац с **важным** словом.\n\n- пункт один\n- пункт два\n');
    const imported = await runCli(['import', md, '--issue', issueId, '--lang', 'ru', '--library', library], home);
    expect(imported.stderr).not.toContain('unexpected');
    expect(imported.code).toBe(0);
    const articleId = imported.stdout.trim();

    const lib = await openTestLibrary(library);
    const loaded = await lib.call('article:get', { issueId, articleId });
    await lib.dispose();
    expect(loaded.article.versions.ru.title).toBe('Новая заметка');
    expect(JSON.stringify(loaded.article.versions.ru.body)).toContain('важным');

    const out = path.join(home, 'out');
    const exported = await runCli(['export', '--issue', issueId, '--format', 'archive', '--out', out, '--force', '--library', library], home);
    expect(exported.code).toBe(0);
    const archive = path.join(out, listed(exported.stdout)[0] ?? '');
    const copy = await runCli(['import', archive, '--copy', '--library', library], home);
    expect(copy.code).toBe(0);
    const issues = JSON.parse((await runCli(['list', '--json', '--library', library], home)).stdout) as Array<{ id: string; articleCount: number }>;
    expect(issues).toHaveLength(2);
    expect(issues.find((i) => i.id === copy.stdout.trim())?.articleCount).toBe(3);
  });

  it('a malformed file is refused with a message and exit code 2, and the library is unchanged', async () => {
    const { home, library, issueId } = await sampleLibrary();
    const fake = path.join(home, 'report.docx');
    fs.writeFileSync(fake, 'this is not a Word file');
    const run = await runCli(['import', fake, '--issue', issueId, '--lang', 'en', '--library', library], home);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^triptych import: /);
    expect(run.stderr).not.toContain('unexpected failure');
    const list = JSON.parse((await runCli(['list', '--json', '--library', library], home)).stdout) as Array<{ articleCount: number }>;
    // A new article is created for the import only once the file has been read successfully.
    expect(list[0]?.articleCount).toBe(2);
    const usage = await runCli(['import', fake, '--issue', issueId, '--lang', 'xx', '--library', library], home);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--lang must be en, be or ru');
  });

  it('exports a PDF through Chromium', async (ctx) => {
    const chromium = requireProgram('Chromium', [process.env.CHROMIUM_PATH ?? '/usr/bin/chromium']);
    if (!chromium) return ctx.skip();
    const { home, library, issueId } = await sampleLibrary();
    const out = path.join(home, 'out');
    const run = await runCli(['export', '--issue', issueId, '--format', 'pdf', '--lang', 'be', '--out', out, '--force', '--library', library], home);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [pdf] = listed(run.stdout);
    expect(fs.readFileSync(path.join(out, pdf ?? '')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);
});
