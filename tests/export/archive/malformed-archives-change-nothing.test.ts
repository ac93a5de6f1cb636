import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectArchive, importArchive } from '../../../electron/services/export/archive/import-archive';
import { readArchive } from '../../../electron/services/export/archive/read-archive';
import { nodeFsPort } from '../../../electron/services/fs/fs-port';
import { listIssueIds } from '../../../electron/services/library/list-issues';
import { listTrash } from '../../../electron/services/library/list-trash';
import { AppError } from '../../../shared/ipc/error-codes';
import { appErrorOf } from '../../import/import-test-support';
import { makeTempDir, openTempLibrary } from '../../import/temp-library';
import { createFaultInjectingFs } from '../../support/fs-fault-injecting-fs';
import { issueForExportFixture } from '../support/issue-for-export-fixture';
import { archiveText, libraryFiles, writeArchive } from './archive-test-support';

type Json = Record<string, unknown> & { issue: Record<string, unknown>; articles: Array<Record<string, unknown>> };

function archiveJson(): Json {
  return JSON.parse(archiveText(issueForExportFixture())) as Json;
}

/** The rich article's English body, to plant something in. */
function richBody(json: Json): { content: Array<Record<string, unknown>> } {
  const versions = json.articles[2]!.versions as Record<string, { body: { content: Array<Record<string, unknown>> } }>;
  return versions.en!.body;
}

/** A library that already holds the fixture issue, so "unchanged" covers an existing issue too. */
async function populatedLibrary() {
  const lib = await openTempLibrary();
  await importArchive(lib.library, await writeArchive(archiveText(issueForExportFixture())), 'copy');
  return lib;
}

async function expectRefused(content: string | Uint8Array, detail: RegExp): Promise<void> {
  const { library, dir } = await populatedLibrary();
  const before = await libraryFiles(dir);
  const path = await writeArchive(content);
  for (const attempt of [() => inspectArchive(library, path), () => importArchive(library, path, 'replace'), () => importArchive(library, path, 'copy')]) {
    const error = await appErrorOf(attempt());
    expect(error.code).toBe('malformed-file');
    expect(error.detail).toMatch(detail);
  }
  expect(await libraryFiles(dir)).toEqual(before);
}

describe('archives that cannot be imported are refused, and the library is left as it was', () => {
  it('truncated, not JSON, not UTF-8, or not an archive at all', async () => {
    const text = archiveText(issueForExportFixture());
    await expectRefused(text.slice(0, text.length / 2), /not JSON/);
    await expectRefused(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), /not valid UTF-8/);
    await expectRefused(JSON.stringify({ format: 'something-else', formatVersion: 1 }), /not a Triptych issue archive/);
    await expectRefused('[1, 2, 3]', /not a Triptych issue archive/);
  });

  it('an archive from a newer Triptych says so', async () => {
    await expectRefused(JSON.stringify({ ...archiveJson(), formatVersion: 2 }), /newer Triptych \(archive format 2/);
    await expectRefused(JSON.stringify({ ...archiveJson(), issue: { ...archiveJson().issue, schemaVersion: 9 } }), /future-version/);
  });

  it('an article with a hostile link, an unknown node type or a script where text belongs', async () => {
    const hostile = archiveJson();
    richBody(hostile).content.push({
      type: 'paragraph',
      content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(document.cookie)' } }] }],
    });
    await expectRefused(JSON.stringify(hostile), /article 3 \(en\) holds 1 link\(s\) outside the link policy/);

    const unknownNode = archiveJson();
    richBody(unknownNode).content.push({ type: 'image', attrs: { src: 'https://evil.example/t.png' } });
    await expectRefused(JSON.stringify(unknownNode), /article 3 \(en\) does not fit the editor schema/);

    const extraField = archiveJson();
    extraField.articles[0] = { ...extraField.articles[0], onload: 'alert(1)' };
    await expectRefused(JSON.stringify(extraField), /article 1 cannot be read \(invalid-schema/);
  });

  it('duplicated articles, or articles that do not match the reading order', async () => {
    const duplicated = archiveJson();
    duplicated.articles[1] = duplicated.articles[0]!;
    await expectRefused(JSON.stringify(duplicated), /is in the archive twice/);

    const missing = archiveJson();
    missing.articles.pop();
    await expectRefused(JSON.stringify(missing), /do not match the issue's reading order/);

    const reordered = archiveJson();
    reordered.articles.reverse();
    await expectRefused(JSON.stringify(reordered), /do not match the issue's reading order/);
  });

  it('over 100 MB: refused before it is read', async () => {
    expect(() => readArchive(new Uint8Array(100 * 1024 * 1024 + 1))).toThrow(/larger than 100 MB/);
    const { library, dir } = await populatedLibrary();
    const before = await libraryFiles(dir);
    const path = join(await makeTempDir(), 'huge.triptych');
    const handle = await open(path, 'w');
    await handle.truncate(100 * 1024 * 1024 + 1);
    await handle.close();
    expect((await appErrorOf(importArchive(library, path, 'copy'))).detail).toBe('it is larger than 100 MB');
    expect(await libraryFiles(dir)).toEqual(before);
  });
});

describe('a failure while writing leaves nothing half-written', () => {
  it('a full disk while the issue is being written: the error, no trace of the new issue', async () => {
    const faulty = createFaultInjectingFs(nodeFsPort);
    const { library, dir } = await openTempLibrary({ fs: faulty.fs });
    const before = await libraryFiles(dir);
    faulty.addFault({ op: 'write', code: 'ENOSPC', nth: 3 });
    const error = await appErrorOf(importArchive(library, await writeArchive(archiveText(issueForExportFixture())), 'copy'));
    expect(error.code).toBe('disk-full');
    expect(await libraryFiles(dir)).toEqual(before);
    expect(await listIssueIds(library)).toEqual([]);
  });

  it('replace, when the new issue cannot be moved into place: the old one is put back from the trash', async () => {
    const faulty = createFaultInjectingFs(nodeFsPort);
    const { library, dir } = await openTempLibrary({ fs: faulty.fs });
    const path = await writeArchive(archiveText(issueForExportFixture()));
    const { issueId } = await importArchive(library, path, 'copy');
    const before = await libraryFiles(dir);
    faulty.addFault({ op: 'rename', code: 'EACCES', times: Infinity, path: (from) => from.includes('.importing-') && !from.endsWith('.tmp') && !from.includes('.json') });
    const error = await appErrorOf(importArchive(library, path, 'replace'));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('permission-denied');
    expect(await listIssueIds(library)).toEqual([issueId]);
    expect(await listTrash(library)).toEqual([]);
    expect(await libraryFiles(dir)).toEqual(before);
  });

  it('a staging folder left by an import that was killed is removed by the next import', async () => {
    const { library, dir } = await openTempLibrary();
    const leftover = join(dir, 'issues', '.importing-leftover1');
    await mkdir(join(leftover, 'articles'), { recursive: true });
    await writeFile(join(leftover, 'issue.json'), '{"half": "written"');
    await importArchive(library, await writeArchive(archiveText(issueForExportFixture())), 'copy');
    expect([...(await libraryFiles(dir)).keys()].some((name) => name.includes('.importing-'))).toBe(false);
  });
});
