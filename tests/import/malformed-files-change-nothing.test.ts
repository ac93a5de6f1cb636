import { mkdir, open, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importArticleFile } from '../../electron/services/import/import-article-file';
import { saveArticle } from '../../electron/services/library/save-article';
import { AppError } from '../../shared/ipc/error-codes';
import { appErrorOf, articleFile, emptyArticle, expectOnlySchemaContent, importInto, tempFile, type ImportTarget } from './import-test-support';
import { makeTempDir } from './temp-library';
import { documentXml, minimalDocx } from './zip-builder';

/** The article's file and everything beside it, byte for byte. */
async function snapshot(target: ImportTarget): Promise<Map<string, Buffer>> {
  const dir = dirname(articleFile(target));
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort()) files.set(name, await readFile(join(dir, name)));
  return files;
}

/** A target whose version already holds text, so "unchanged" means something. */
async function articleWithText(): Promise<ImportTarget> {
  const target = await emptyArticle('en');
  const path = await tempFile('start.md', '---\ntitle: Before\n---\n\nThe text before any import.\n');
  const first = await importInto(target, 'en', path);
  return { ...target, revision: first.revision, article: first.article };
}

async function expectRefusedUnchanged(name: string, content: string | Uint8Array, detail: RegExp): Promise<void> {
  const target = await articleWithText();
  const before = await snapshot(target);
  const error = await appErrorOf(importInto(target, 'en', await tempFile(name, content)));
  expect(error.code).toBe('malformed-file');
  expect(error.detail).toMatch(detail);
  expect(await snapshot(target)).toEqual(before);
}

const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('files that cannot be imported are refused, and the article file stays byte for byte', () => {
  it('an unsupported kind names the kinds that are supported', async () => {
    await expectRefusedUnchanged('notes.txt', 'plain text', /DOCX.*Markdown.*HTML/);
    await expectRefusedUnchanged('old.doc', 'binary', /DOCX.*Markdown.*HTML/);
  });

  it('a text file named .docx, a truncated DOCX and a ZIP that is not a document', async () => {
    await expectRefusedUnchanged('renamed.docx', 'This is not a Word document at all.', /not a DOCX/);
    const real = minimalDocx(documentXml('Цэлы дакумент'));
    await expectRefusedUnchanged('cut.docx', real.subarray(0, Math.floor(real.byteLength / 2)), /DOCX/);
    await expectRefusedUnchanged('cut-at-end.docx', real.subarray(0, real.byteLength - 10), /DOCX/);
    await expectRefusedUnchanged('pictures.docx', minimalDocx(ONE_PIXEL_PNG).subarray(0), /DOCX/);
  });

  it('zip bombs: a part that unpacks to more than it declares, and parts declaring more than the limit', async () => {
    const liar = minimalDocx(Buffer.alloc(50 * 1024 * 1024, 0x41), { declaredSize: 1000 });
    expect(liar.byteLength).toBeLessThan(200 * 1024);
    await expectRefusedUnchanged('bomb.docx', liar, /unpacks to more than it declares/);
    const honest = minimalDocx(documentXml('x'), { declaredSize: 150 * 1024 * 1024 });
    await expectRefusedUnchanged('big.docx', honest, /unpacks to more than 100 MB/);
  });

  it('files over 20 MB are refused without being read', async () => {
    const target = await articleWithText();
    const before = await snapshot(target);
    const path = join(await makeTempDir(), 'huge.md');
    const handle = await open(path, 'w');
    await handle.truncate(20 * 1024 * 1024 + 1);
    await handle.close();
    const error = await appErrorOf(importInto(target, 'en', path));
    expect([error.code, error.detail]).toEqual(['malformed-file', 'it is larger than 20 MB']);
    expect(await snapshot(target)).toEqual(before);
  });

  it('Markdown that becomes more than 10 MB of HTML', async () => {
    // 9 MB of Markdown, under the file limit; escaping its ampersands makes the HTML far larger.
    await expectRefusedUnchanged('amps.md', '&'.repeat(9 * 1024 * 1024), /larger than 10 MB/);
  });

  it('text that is not UTF-8, and broken front matter', async () => {
    const cp1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]); // "Привет" in Windows-1251
    await expectRefusedUnchanged('cp1251.html', Buffer.concat([Buffer.from('<p>'), cp1251, Buffer.from('</p>')]), /not valid UTF-8/);
    await expectRefusedUnchanged('cp1251.md', cp1251, /not valid UTF-8/);
    await expectRefusedUnchanged('broken.md', '---\ntitle: [unclosed\n---\n\nText.\n', /front matter is not valid YAML/);
  });

  it('markup nested or repeated beyond any article, which would hold the app for minutes', async () => {
    await expectRefusedUnchanged('deep.html', '<div>'.repeat(5000) + 'x', /nested more than 128 levels/);
    await expectRefusedUnchanged('quotes.html', `${'<blockquote>'.repeat(300)}deep`, /nested more than 128 levels/);
    await expectRefusedUnchanged('list.md', '- item\n'.repeat(5000), /more than 1000 paragraphs, items/);
  });

  it('a file with no text at all, and a folder named like a document', async () => {
    await expectRefusedUnchanged('empty.md', '', /holds no text/);
    await expectRefusedUnchanged('blank.html', '<html><body>  <p> </p><img src="x.png"></body></html>', /holds no text/);
    const target = await articleWithText();
    const before = await snapshot(target);
    const folder = join(await makeTempDir(), 'folder.docx');
    await mkdir(folder);
    expect((await appErrorOf(importInto(target, 'en', folder))).code).toBe('malformed-file');
    expect(await snapshot(target)).toEqual(before);
  });

  it('a missing file is not-found, and a relative path is refused', async () => {
    const target = await articleWithText();
    const before = await snapshot(target);
    expect((await appErrorOf(importInto(target, 'en', join(await makeTempDir(), 'gone.md')))).code).toBe('not-found');
    expect((await appErrorOf(importInto(target, 'en', 'relative.md'))).code).toBe('invalid-request');
    expect(await snapshot(target)).toEqual(before);
  });

  it('a file changed on disk since the editor loaded it: conflict, and not even a conflict copy is written', async () => {
    const target = await articleWithText();
    const changed = { ...target.article, versions: { ...target.article.versions, be: { ...target.article.versions.be, title: 'Змянілі побач' } } };
    await saveArticle(target.lib.library, { issueId: target.issueId, article: changed, baseRevision: target.revision });
    const before = await snapshot(target);
    const path = await tempFile('new.md', 'New text.\n');
    const error = await appErrorOf(importInto(target, 'en', path)); // still the old revision
    expect(error.code).toBe('conflict');
    expect(await snapshot(target)).toEqual(before);
  });

  it('arbitrary bytes under every supported name either import as schema-only text or are refused as malformed, never anything else', async () => {
    const target = await articleWithText();
    let revision = target.revision;
    const dir = await makeTempDir();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('x.docx', 'x.md', 'x.html'),
        fc.oneof(
          fc.uint8Array({ maxLength: 2000 }),
          fc.string({ maxLength: 500 }).map((text) => Buffer.from(text, 'utf8')),
          fc.string({ maxLength: 300 }).map((text) => minimalDocx(documentXml(text))),
          fc.constantFrom('<p>a', '<!--', '<![CDATA[', '<svg><p>', '---\n---\n', '<table><td>x', '[x](<javascript:1>)').map((s) => Buffer.from(s)),
        ),
        async (name, bytes) => {
          const path = join(dir, name);
          await writeFile(path, bytes);
          const before = await readFile(articleFile(target));
          try {
            const result = await importArticleFile(target.lib.library, { issueId: target.issueId, articleId: target.articleId, lang: 'en', path, baseRevision: revision });
            revision = result.revision;
            expectOnlySchemaContent(result.article);
          } catch (error) {
            if (!(error instanceof AppError) || error.code !== 'malformed-file') throw error;
            expect(await readFile(articleFile(target))).toEqual(before);
          }
        },
      ),
      { numRuns: 60, seed: 20250312 },
    );
  });
});
