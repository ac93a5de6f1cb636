import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/domain/article';
import { articlePath, openTestLibrary, paragraphs } from './library-test-harness';

// D11, weighted towards what bulletin texts are made of: Belarusian and Russian letters,
// the apostrophe ’, combining acute accents (stress marks), emoji, and the line/paragraph
// separators that trip up JSON-in-JavaScript; plus any code point at all.
const SPECIAL = ['ў', 'Ў', 'і', 'І', 'ё', 'Ё', '’', "'", 'щ', 'ъ', '\u0301', '\u0306', 'е\u0301', '😀', '👩🏽‍💻', '\u2028', '\u2029', '\u00a0', '\u200b', '\ufeff', '\u0000', '\r\n', '«', '»', '„', '“', '—'];
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('a', 'Z', ' ', '.') },
);
const text = (maxLength: number) => fc.string({ unit, maxLength });
const nonEmpty = (maxLength: number) => fc.string({ unit, minLength: 1, maxLength });

const versionTexts = fc.record({ title: text(40), lead: text(80), body: fc.array(nonEmpty(60), { minLength: 1, maxLength: 3 }) });

describe('text fidelity through the whole service (D11)', () => {
  it('titles, leads and body text survive save → disk → load unchanged, and the file is UTF-8 without BOM', async () => {
    const lib = await openTestLibrary();
    const issue = await lib.call('issue:create-next', {});
    const created = await lib.call('article:create', { issueId: issue.id });
    let revision = created.revision;
    await fc.assert(
      fc.asyncProperty(fc.record({ en: versionTexts, be: versionTexts, ru: versionTexts, author: text(30) }), async (texts) => {
        const version = (t: typeof texts.en) => ({
          title: t.title,
          lead: t.lead,
          body: paragraphs(...t.body),
          status: 'draft' as const,
          updatedAt: '2025-03-12T10:00:00.000Z',
    translatedFrom: {},
        });
        const article: Article = {
          ...created.article,
          authors: [{ en: texts.author, be: texts.author, ru: texts.author }],
          versions: { en: version(texts.en), be: version(texts.be), ru: version(texts.ru) },
        };
        revision = (await lib.call('article:save', { issueId: issue.id, article, baseRevision: revision })).revision;
        const loaded = await lib.call('article:get', { issueId: issue.id, articleId: article.id });
        expect(loaded.article).toEqual(article);
        expect(loaded.revision).toBe(revision);
        const bytes = await readFile(articlePath(lib, issue.id, article.id));
        expect([bytes[0], bytes[1], bytes[2]]).not.toEqual([0xef, 0xbb, 0xbf]);
        expect(bytes.includes(0)).toBe(false);
        expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toContain(JSON.stringify(texts.en.title));
      }),
      { numRuns: 150 },
    );
  });
});
