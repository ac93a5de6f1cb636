import { JSDOM } from 'jsdom';
import { LANGUAGES, type Language } from '../../../../shared/domain/language';
import type { IssueForExport } from '../../../../shared/export/issue-for-export';
import { languageEdition, type Edition } from '../../../../shared/export/language-edition';
import type { Publication } from '../../../../shared/export/publication';
import { exportEmailEdition } from '../../../../electron/services/export/email/export-email-edition';
import { sourceAssetsDir } from '../../../../electron/services/source-assets-dir';
import { textBlocks } from '../../../domain/sample-issue-fixtures';
import { issueForExportFixture, PUBLICATION } from '../../support/issue-for-export-fixture';

export interface RenderedEmail {
  edition: Edition;
  htmlPath: string;
  textPath: string;
  html: string;
  text: string;
}

/** Runs the exporter exactly as an export run does and hands back both parts. */
export async function renderEdition(edition: Edition, languages: readonly Language[] = LANGUAGES, assetsDir = sourceAssetsDir()): Promise<RenderedEmail> {
  const files = await exportEmailEdition(edition, { assetsDir, languages, printPdf: null });
  const html = files.find((file) => file.path.endsWith('.html'));
  const text = files.find((file) => file.path.endsWith('.txt'));
  if (files.length !== 2 || typeof html?.content !== 'string' || typeof text?.content !== 'string') throw new Error('the email exporter must make one .html and one .txt');
  return { edition, htmlPath: html.path, textPath: text.path, html: html.content, text: text.content };
}

/** The fixture issue's email in one language. */
export function renderEmail(lang: Language, publication: Publication = PUBLICATION, input: IssueForExport = issueForExportFixture()): Promise<RenderedEmail> {
  return renderEdition(languageEdition(input, lang, publication));
}

export function parseHtml(html: string): Document {
  // jsdom runs no script and loads nothing unless told to: an inert look at the markup.
  return new JSDOM(html).window.document;
}

/** Whitespace as a reader perceives it (no-break spaces included). */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The plain-text part read as running text: quote markers and indents taken off every line,
 * lines joined, link addresses (` <https://…>`) and the *, _ and ~~ emphasis marks removed
 * (compare with `plainWords`).
 */
export function textAsProse(text: string, { keepAddresses = false } = {}): string {
  const joined = text
    .split('\n')
    .map((line) => line.replace(/^(?:> ?)+/, '').trim())
    .join(' ');
  return plainWords(keepAddresses ? joined : joined.replace(/ ?<(?:https?:|mailto:)[^\s>]*>/g, ''));
}

export const plainWords = (text: string) => squash(text.replace(/[*_~]/g, ''));

/** Every piece of text a reader must find for an article: title, lead, authors, each body line. */
export function articleSentences(article: Edition['articles'][number]): string[] {
  return [article.title, article.lead, ...article.authors, ...textBlocks(article.body).flatMap((block) => block.split('\n'))].map(squash).filter((text) => text !== '');
}
