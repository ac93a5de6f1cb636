import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { schemaContentProblems } from '../support/schema-content-problems';
import { expect } from 'vitest';
import { importArticleFile, type ImportArticleDeps, type ImportArticleResult } from '../../electron/services/import/import-article-file';
import type { Article } from '../../shared/domain/article';
import type { Language } from '../../shared/domain/language';
import type { ProseDoc, ProseNode } from '../../shared/domain/prose-doc';
import { validateBody } from '../../shared/editor/validate-body';
import { AppError } from '../../shared/ipc/error-codes';
import { createArticle } from '../../electron/services/library/create-article';
import { createNextIssue } from '../../electron/services/library/create-next-issue';
import { makeTempDir, openTempLibrary, type TempLibrary } from './temp-library';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'import');

export function fixturePath(name: string): string {
  return join(FIXTURES, name);
}

export interface ImportTarget {
  lib: TempLibrary;
  issueId: string;
  articleId: string;
  revision: string;
  article: Article;
}

/** A fresh library with one issue and one empty article written in `sourceLanguage`. */
export async function emptyArticle(sourceLanguage: Language = 'en'): Promise<ImportTarget> {
  const lib = await openTempLibrary();
  const issue = await createNextIssue(lib.library, undefined);
  const created = await createArticle(lib.library, issue.id, { sourceLanguage }, () => sourceLanguage);
  return { lib, issueId: issue.id, articleId: created.article.id, revision: created.revision, article: created.article };
}

/** Imports `path` into the target's `lang` version at the target's current revision. */
export function importInto(target: ImportTarget, lang: Language, path: string, deps?: ImportArticleDeps): Promise<ImportArticleResult> {
  const { lib, issueId, articleId, revision } = target;
  return importArticleFile(lib.library, { issueId, articleId, lang, path, baseRevision: revision }, deps);
}

/** Where the target article's file is. */
export function articleFile(target: ImportTarget): string {
  return target.lib.library.layout.articleFile(target.issueId, target.articleId);
}

/** The article file exactly as it is on disk, parsed. */
export async function articleOnDisk(target: ImportTarget): Promise<Article> {
  return JSON.parse(await readFile(articleFile(target), 'utf8')) as Article;
}

/** Block ids b-0001, b-0002… so tests can name them. */
export function countingBlockIds(prefix = 'imp'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}

/** Writes `content` to a file called `name` in a fresh temporary folder; returns its path. */
export async function tempFile(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(await makeTempDir(), name);
  await writeFile(path, content);
  return path;
}

/**
 * Converts documents (ODT/FODT, HTML) to DOCX with LibreOffice, as an analyst's word
 * processor would save them, and returns each source's file name → the DOCX bytes. Null
 * (the test then skips) when LibreOffice is missing outside CI. A private profile keeps it
 * off any profile a developer has open.
 */
export async function convertToDocxWithLibreOffice(sources: readonly string[]): Promise<Map<string, Uint8Array> | null> {
  // Loaded only here: browser-app brings the whole app's services along, which the other import tests do not need.
  const { requireProgram } = await import('../support/browser-app');
  const soffice = requireProgram('LibreOffice', ['soffice', 'libreoffice']);
  if (soffice === null) return null;
  const work = await mkdtemp(join(tmpdir(), 'triptych-soffice-'));
  try {
    const outDir = join(work, 'out');
    await mkdir(outDir);
    await promisify(execFile)(
      soffice,
      [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, ...sources],
      { timeout: 120_000 },
    );
    const result = new Map<string, Uint8Array>();
    for (const source of sources) result.set(basename(source), await readFile(join(outDir, `${basename(source, extname(source))}.docx`)));
    return result;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Awaits `promise` and returns the AppError it rejects with (failing the test if it resolves or throws something else). */
export async function appErrorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    (value) => new Error(`expected an AppError, got ${JSON.stringify(value).slice(0, 200)}`),
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

/**
 * Every version of a stored article holds only the schema's nodes, marks and attributes,
 * and only links the policy allows (X1/X2): what an editor would have to trust after
 * importing a file from anywhere.
 */
export function expectOnlySchemaContent(article: Article): void {
  const problems: string[] = [];
  for (const lang of ['en', 'be', 'ru'] as const) {
    const body = article.versions[lang].body;
    problems.push(...schemaContentProblems(body, { blockIds: 'any', path: `${lang}:doc` }));
    const checked = validateBody(body);
    expect(checked.ok && checked.removedLinks).toBe(0);
  }
  expect(problems).toEqual([]);
}

/** Plain text of a node and everything in it. */
export function textOf(node: ProseNode | ProseDoc | undefined): string {
  if (!node) return '';
  return ((node as ProseNode).text ?? '') + (node.content ?? []).map(textOf).join('');
}

/** The top-level blocks as "h2: text", "paragraph: text"…, for structure assertions. */
export function outline(doc: ProseDoc): string[] {
  return (doc.content ?? []).map((block) => {
    const kind = block.type === 'heading' ? `h${String(block.attrs?.level)}` : block.type;
    return `${kind}: ${textOf(block).replace(/\s+/g, ' ').trim()}`;
  });
}

/** Every marked run as "text|bold,italic" or "text|link:https://…". */
export function markedRuns(doc: ProseDoc): string[] {
  const runs: string[] = [];
  const visit = (node: ProseNode): void => {
    if (node.type === 'text' && node.marks?.length) {
      runs.push(`${node.text ?? ''}|${node.marks.map((m) => (m.type === 'link' ? `link:${String(m.attrs?.href)}` : m.type)).join(',')}`);
    }
    node.content?.forEach(visit);
  };
  doc.content?.forEach(visit);
  return runs;
}

/** The text of the items of every list at any depth, as "depth:text". */
export function listItems(doc: ProseDoc): string[] {
  const items: string[] = [];
  const visit = (node: ProseNode, depth: number): void => {
    if (node.type === 'listItem') {
      const own = (node.content ?? []).filter((child) => child.type === 'paragraph').map(textOf).join(' ');
      items.push(`${depth}:${own}`);
    }
    const nested = node.type === 'bulletList' || node.type === 'orderedList';
    node.content?.forEach((child) => visit(child, nested ? depth + 1 : depth));
  };
  doc.content?.forEach((block) => visit(block, 0));
  return items;
}
