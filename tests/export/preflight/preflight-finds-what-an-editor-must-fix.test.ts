import { describe, expect, it } from 'vitest';
import type { Article, ArticleVersion } from '../../../shared/domain/article';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import { emptyDoc, type ProseDoc, type ProseNode } from '../../../shared/domain/prose-doc';
import { translatedFromSource } from '../../../shared/editor/alignment/block-texts';
import type { IssueForExport } from '../../../shared/export/issue-for-export';
import { preflightIssue } from '../../../shared/export/preflight';
import { PreflightFindingSchema, type PreflightFinding } from '../../../shared/export/preflight-finding';
import { issueForExportFixture, richArticle } from '../support/issue-for-export-fixture';

// Each check is triggered by one small change an editor could make to an otherwise clean
// article (the fixture's rich article, approved in all three languages).

const RICH = 'article-rich';

/** The fixture issue with only the rich article, changed by `edit`. */
function richIssue(edit: (article: Article) => void = () => {}): IssueForExport {
  const input = issueForExportFixture();
  const article = structuredClone(richArticle(RICH));
  edit(article);
  return { ...input, issue: { ...input.issue, articleOrder: [RICH] }, articles: [article] };
}

function patchVersion(article: Article, lang: Language, patch: Partial<ArticleVersion>): void {
  article.versions[lang] = { ...article.versions[lang], ...patch };
}

/** The findings without the fields a test does not look at. */
const brief = (findings: PreflightFinding[]) =>
  findings.map((f) => ({ severity: f.severity, code: f.code, lang: f.lang, count: f.count, blockId: f.blockId, detail: f.detail }));

const blocks = (article: Article, lang: Language) => article.versions[lang].body.content!;
const text = (value: string): ProseNode => ({ type: 'text', text: value });
const linked = (value: string, href: unknown): ProseNode => ({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href } }] });

describe('preflightIssue', () => {
  it('finds nothing in an approved article that has everything', () => {
    expect(preflightIssue(richIssue(), LANGUAGES)).toEqual([]);
  });

  it('reports exactly the sample articles’ statuses below approved, and nothing else', () => {
    const input = issueForExportFixture();
    const [policy, economy] = input.articles;
    expect(preflightIssue(input, LANGUAGES).map((f) => [f.articleId, f.lang, f.severity, f.code, f.detail])).toEqual([
      [policy!.id, 'be', 'warning', 'not-approved', 'translated'],
      [policy!.id, 'ru', 'warning', 'not-approved', 'reviewed'],
      [economy!.id, 'en', 'warning', 'not-approved', 'draft'],
      [economy!.id, 'be', 'warning', 'not-approved', 'reviewed'],
      [economy!.id, 'ru', 'warning', 'not-approved', 'translated'],
    ]);
    // The statuses come from the articles, not from a list in the test.
    for (const f of preflightIssue(input, LANGUAGES)) {
      expect(input.articles.find((a) => a.id === f.articleId)!.versions[f.lang!].status).toBe(f.detail);
    }
  });

  it('an issue without articles is an error', () => {
    const input = issueForExportFixture();
    const empty = { ...input, issue: { ...input.issue, articleOrder: [] }, articles: [] };
    expect(brief(preflightIssue(empty, LANGUAGES))).toEqual([
      { severity: 'error', code: 'no-articles', lang: null, count: null, blockId: null, detail: null },
    ]);
  });

  it('a version with no text at all is one error, not a list of everything it lacks', () => {
    const input = richIssue((a) => patchVersion(a, 'be', { title: ' ', lead: '', body: emptyDoc(), status: 'empty' }));
    expect(brief(preflightIssue(input, LANGUAGES))).toEqual([
      { severity: 'error', code: 'version-empty', lang: 'be', count: null, blockId: null, detail: null },
    ]);
  });

  it('a missing title or body is an error, a missing lead a warning', () => {
    expect(brief(preflightIssue(richIssue((a) => patchVersion(a, 'ru', { title: '  ' })), LANGUAGES))).toEqual([
      { severity: 'error', code: 'missing-title', lang: 'ru', count: null, blockId: null, detail: null },
    ]);
    expect(brief(preflightIssue(richIssue((a) => patchVersion(a, 'en', { lead: '' })), LANGUAGES))).toEqual([
      { severity: 'warning', code: 'missing-lead', lang: 'en', count: null, blockId: null, detail: null },
    ]);
    // The empty paragraph of an empty body is the missing body, not a gap inside one.
    expect(brief(preflightIssue(richIssue((a) => patchVersion(a, 'be', { body: emptyDoc() })), LANGUAGES))).toEqual([
      { severity: 'error', code: 'missing-body', lang: 'be', count: null, blockId: null, detail: null },
    ]);
    const onlyRule: ProseDoc = { type: 'doc', content: [{ type: 'horizontalRule' }] };
    expect(preflightIssue(richIssue((a) => patchVersion(a, 'be', { body: onlyRule })), LANGUAGES).map((f) => f.code)).toEqual([
      'missing-body',
    ]);
  });

  it('a version below approved is a warning naming its status', () => {
    expect(brief(preflightIssue(richIssue((a) => patchVersion(a, 'be', { status: 'draft' })), LANGUAGES))).toEqual([
      { severity: 'warning', code: 'not-approved', lang: 'be', count: null, blockId: null, detail: 'draft' },
    ]);
  });

  it('counts outdated paragraphs the way the editor marks them and points at the first', () => {
    const input = richIssue((a) => {
      // The translations were made from the English as it was; then two English blocks changed.
      for (const lang of ['be', 'ru'] as const) {
        patchVersion(a, lang, { translatedFrom: translatedFromSource(a.versions.en.body, a.versions[lang].body) });
      }
      blocks(a, 'en')[7] = { type: 'paragraph', attrs: { blockId: 'rich-p2' }, content: [text('Write to us.')] };
      blocks(a, 'en')[1] = { type: 'paragraph', attrs: { blockId: 'rich-p1' }, content: [text('Two things mattered.')] };
      // A Russian counterpart with no text yet is not outdated: it is not started.
      blocks(a, 'ru')[7] = { type: 'paragraph', attrs: { blockId: 'rich-p2' } };
    });
    expect(brief(preflightIssue(input, LANGUAGES)).filter((f) => f.code === 'outdated-paragraphs')).toEqual([
      { severity: 'warning', code: 'outdated-paragraphs', lang: 'be', count: 2, blockId: 'rich-p1', detail: null },
      { severity: 'warning', code: 'outdated-paragraphs', lang: 'ru', count: 1, blockId: 'rich-p1', detail: null },
    ]);
  });

  it('the source version is never outdated, and changing which one is the source changes what is', () => {
    const input = richIssue((a) => {
      patchVersion(a, 'be', { translatedFrom: { 'rich-p1': 'an older English text' } });
      patchVersion(a, 'en', { translatedFrom: { 'rich-p1': 'an older Belarusian text' } });
    });
    expect(preflightIssue(input, LANGUAGES).map((f) => [f.code, f.lang])).toEqual([['outdated-paragraphs', 'be']]);
    input.articles[0]!.sourceLanguage = 'be';
    expect(preflightIssue(input, LANGUAGES).map((f) => [f.code, f.lang])).toEqual([['outdated-paragraphs', 'en']]);
  });

  it('counts empty paragraphs and list items inside the body, the trailing one too', () => {
    const input = richIssue((a) => {
      const body = blocks(a, 'en');
      body.splice(2, 0, { type: 'paragraph', attrs: { blockId: 'gap-1' } });
      body.push({ type: 'paragraph', attrs: { blockId: 'gap-end' }, content: [text('  '), { type: 'hardBreak' }] });
      const list = body.find((n) => n.type === 'orderedList')!;
      list.content!.push({ type: 'listItem', content: [{ type: 'paragraph' }] });
    });
    expect(brief(preflightIssue(input, LANGUAGES))).toEqual([
      { severity: 'warning', code: 'empty-paragraphs', lang: 'en', count: 3, blockId: 'gap-1', detail: null },
    ]);
  });

  it('reports a link outside the link policy even though loading normally removes it (X2)', () => {
    const input = richIssue((a) => {
      blocks(a, 'ru')[1] = {
        type: 'paragraph',
        attrs: { blockId: 'rich-p1' },
        content: [linked('нажмите', 'javascript:alert(1)'), text(' или '), linked('откройте', 'file:///etc/passwd'), linked('!', 'javascript:alert(1)')],
      };
    });
    expect(brief(preflightIssue(input, LANGUAGES))).toEqual([
      { severity: 'error', code: 'unsafe-link', lang: 'ru', count: 2, blockId: 'rich-p1', detail: 'javascript:alert(1)' },
      { severity: 'error', code: 'unsafe-link', lang: 'ru', count: 1, blockId: 'rich-p1', detail: 'file:///etc/passwd' },
    ]);
  });

  it('warns about a link without visible text or without an address, but not about a link split by bold', () => {
    const input = richIssue((a) => {
      blocks(a, 'be')[1] = {
        type: 'paragraph',
        attrs: { blockId: 'rich-p1' },
        content: [
          text('Гл. '),
          linked('поўны', 'https://example.org/a'),
          linked(' ', 'https://example.org/a'),
          { type: 'text', text: 'даклад', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org/a' } }] },
          text(' і '),
          linked(' ', 'https://example.org/b'),
        ],
      };
      blocks(a, 'be')[7] = { type: 'paragraph', attrs: { blockId: 'rich-p2' }, content: [linked('рэдакцыя', '')] };
    });
    expect(brief(preflightIssue(input, LANGUAGES))).toEqual([
      { severity: 'warning', code: 'empty-link', lang: 'be', count: 2, blockId: 'rich-p1', detail: null },
    ]);
  });

  it('checks only the chosen languages, in the order given, article by article in reading order', () => {
    const input = issueForExportFixture();
    const rich = input.articles[2]!;
    patchVersion(rich, 'en', { title: '' });
    patchVersion(rich, 'ru', { lead: '' });
    patchVersion(rich, 'be', { status: 'reviewed' });
    const order = preflightIssue(input, ['ru', 'en']).map((f) => `${f.articleId}/${f.lang}/${f.code}`);
    expect(order).toEqual([
      'article-0002/ru/not-approved',
      'article-0003/ru/not-approved',
      'article-0003/en/not-approved',
      'article-rich/ru/missing-lead',
      'article-rich/en/missing-title',
    ]);
    for (const f of preflightIssue(input, LANGUAGES)) expect(PreflightFindingSchema.parse(f)).toEqual(f);
  });

  it('several problems in one version are listed from the most basic to the finest', () => {
    const input = richIssue((a) => {
      patchVersion(a, 'ru', { title: '', lead: '', status: 'translated' });
      blocks(a, 'ru').push({ type: 'paragraph', attrs: { blockId: 'x-end' }, content: [linked('здесь', 'data:text/html,hi')] }, { type: 'paragraph' });
    });
    expect(preflightIssue(input, LANGUAGES).map((f) => f.code)).toEqual([
      'missing-title',
      'missing-lead',
      'not-approved',
      'empty-paragraphs',
      'unsafe-link',
    ]);
  });
});
