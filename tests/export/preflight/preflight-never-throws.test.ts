import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleVersion } from '../../../shared/domain/article';
import { LANGUAGES } from '../../../shared/domain/language';
import type { ProseDoc, ProseMark, ProseNode } from '../../../shared/domain/prose-doc';
import { VERSION_STATUSES } from '../../../shared/domain/statuses';
import { validateBody } from '../../../shared/editor/validate-body';
import { preflightIssue } from '../../../shared/export/preflight';
import { PreflightFindingSchema } from '../../../shared/export/preflight-finding';
import { issueForExportFixture } from '../support/issue-for-export-fixture';

// Bodies anywhere in the schema: every node and mark, empty and whitespace-only blocks,
// hostile and empty link addresses, blocks with and without ids shared across versions.

const words = fc.oneof(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.constantFrom(' ', '\u00a0', '\t', 'Мінск', 'Минск', '“x”', '<script>', '\u200b'),
);
const href = fc.oneof(
  fc.constantFrom('https://example.org/', 'mailto:a@b.c', '#top', '', ' ', 'javascript:alert(1)', 'file:///etc/passwd', 'data:,x'),
  fc.string({ maxLength: 30 }),
);
const mark: fc.Arbitrary<ProseMark> = fc.oneof(
  fc.constantFrom<ProseMark>({ type: 'bold' }, { type: 'italic' }, { type: 'strike' }),
  href.map((h) => ({ type: 'link', attrs: { href: h } })),
);
const inline: fc.Arbitrary<ProseNode> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ text: words, marks: fc.uniqueArray(mark, { maxLength: 3, selector: (m) => m.type }) }) .map(({ text, marks }) => (marks.length ? { type: 'text', text, marks } : { type: 'text', text })) },
  { weight: 1, arbitrary: fc.constant<ProseNode>({ type: 'hardBreak' }) },
);
const blockId = fc.option(fc.constantFrom('b-0001', 'b-0002', 'b-0003', 'b-0004'), { nil: undefined });
const withId = (node: ProseNode, id: string | undefined): ProseNode => (id ? { ...node, attrs: { ...node.attrs, blockId: id } } : node);

const paragraph: fc.Arbitrary<ProseNode> = fc
  .array(inline, { maxLength: 5 })
  .map((content) => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' }));

const { block } = fc.letrec<{ block: ProseNode; item: ProseNode }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    paragraph,
    fc.record({ level: fc.constantFrom(2, 3), content: fc.array(inline, { maxLength: 3 }) }).map(({ level, content }) => ({
      type: 'heading',
      attrs: { level },
      ...(content.length ? { content } : {}),
    })),
    fc.constant<ProseNode>({ type: 'horizontalRule' }),
    fc.array(tie('item'), { minLength: 1, maxLength: 3 }).map((content) => ({ type: 'bulletList', content })),
    fc.array(tie('item'), { minLength: 1, maxLength: 3 }).map((content) => ({ type: 'orderedList', attrs: { start: 1 }, content })),
    fc.array(tie('block'), { minLength: 1, maxLength: 2 }).map((content) => ({ type: 'blockquote', content })),
  ),
  item: fc
    .tuple(paragraph, fc.array(tie('block'), { maxLength: 2 }))
    .map(([first, rest]) => ({ type: 'listItem', content: [first, ...rest] })),
}));

const body: fc.Arbitrary<ProseDoc> = fc
  .array(fc.tuple(block, blockId), { minLength: 1, maxLength: 6 })
  .map((pairs) => ({ type: 'doc', content: pairs.map(([node, id]) => withId(node, id)) }));

const version: fc.Arbitrary<ArticleVersion> = fc.record({
  title: fc.oneof(fc.constant(''), words),
  lead: fc.oneof(fc.constant(''), words),
  body,
  status: fc.constantFrom(...VERSION_STATUSES),
  updatedAt: fc.constant('2014-03-17T09:00:00.000Z'),
  translatedFrom: fc.dictionary(fc.constantFrom('b-0001', 'b-0002', 'b-0003'), fc.string({ maxLength: 8 })),
});

describe('preflightIssue on arbitrary bodies', () => {
  it('never throws, and every finding fits the schema and names a chosen language', () => {
    const base = issueForExportFixture();
    fc.assert(
      fc.property(
        fc.record({ en: version, be: version, ru: version }),
        fc.constantFrom(...LANGUAGES),
        fc.subarray([...LANGUAGES], { minLength: 1 }),
        (versions, sourceLanguage, languages) => {
          for (const lang of LANGUAGES) expect(validateBody(versions[lang].body).ok).toBe(true);
          const article = { ...base.articles[2]!, sourceLanguage, versions };
          const findings = preflightIssue({ ...base, articles: [article] }, languages);
          for (const finding of findings) {
            expect(PreflightFindingSchema.parse(finding)).toEqual(finding);
            expect(languages).toContain(finding.lang);
            expect(finding.articleId).toBe(article.id);
          }
          // An empty version is reported once and only as empty.
          for (const lang of languages) {
            const own = findings.filter((f) => f.lang === lang).map((f) => f.code);
            if (own.includes('version-empty')) expect(own).toEqual(['version-empty']);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
