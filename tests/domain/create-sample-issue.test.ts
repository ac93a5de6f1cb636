import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../shared/domain/article';
import { decodeIssue } from '../../shared/domain/decode-issue';
import { ID_PATTERN } from '../../shared/domain/identifiers';
import { IssueSchema } from '../../shared/domain/issue';
import { LANGUAGES, type Language } from '../../shared/domain/language';
import { DEFAULT_RUBRICS } from '../../shared/domain/library-manifest';
import { decodeArticle } from '../../shared/domain/migrate-article';
import { VERSION_STATUSES } from '../../shared/domain/statuses';
import { BLOCK_ID_PATTERN } from '../../shared/editor/block-id';
import { validateBody } from '../../shared/editor/validate-body';
import { NOW, createSample, marksOf, sampleTables, textBlocks, topLevelBlocks, visibleTexts } from './sample-issue-fixtures';

const { issue } = createSample();
const { articles, eachArticle, eachVersion } = sampleTables();

describe('createSampleIssue: the issue', () => {
  it('is a valid issue in translation, listing its two articles in reading order', () => {
    expect(IssueSchema.safeParse(issue).success).toBe(true);
    expect(decodeIssue(JSON.parse(JSON.stringify(issue)))).toEqual({ ok: true, value: issue, migratedFrom: null });
    expect(issue).toMatchObject({
      number: 1,
      periodStart: '2014-03-10',
      periodEnd: '2014-03-16',
      status: 'translating',
      createdAt: NOW,
      updatedAt: NOW,
      exportedAt: null,
    });
    expect(issue.articleOrder).toEqual(articles.map((article) => article.id));
    expect(articles).toHaveLength(2);
  });

  it('asks newId for the issue id first, then one id per article in reading order', () => {
    const requested: string[] = [];
    const result = createSample({
      newId: (prefix) => {
        requested.push(prefix);
        return `${prefix}-${requested.length}xyz`;
      },
    });
    expect(requested).toEqual(['issue', 'article', 'article']);
    expect(result.issue.id).toBe('issue-1xyz');
    expect(result.issue.articleOrder).toEqual(['article-2xyz', 'article-3xyz']);
    for (const id of [result.issue.id, ...result.issue.articleOrder]) expect(id).toMatch(ID_PATTERN);
  });

  it('refuses ids and periods that would make an unreadable file', () => {
    expect(() => createSample({ newId: () => 'Not An Id' })).toThrow();
    expect(() => createSample({ periodStart: '2014-03-16', periodEnd: '2014-03-10' })).toThrow();
    expect(() => createSample({ newId: () => 'same-id' })).toThrow(); // two articles, one id
  });

  it('is deterministic, and every call returns its own copy of the texts', () => {
    const first = createSample();
    const second = createSample();
    expect(second).toEqual(first);
    const firstParagraph = first.articles[0]?.versions.en.body.content?.[0]?.content?.[0];
    if (firstParagraph?.text === undefined) throw new Error('the sample starts with a text');
    firstParagraph.text = 'edited by the user';
    first.articles[0]?.authors.pop();
    expect(createSample()).toEqual(second);
  });
});

describe('createSampleIssue: the articles', () => {
  it.each(eachArticle)('%s is a valid v2 article that decodes unchanged', (_rubric, article) => {
    expect(ArticleSchema.safeParse(article).success).toBe(true);
    expect(decodeArticle(JSON.parse(JSON.stringify(article)))).toEqual({ ok: true, value: article, migratedFrom: null });
    expect(article.createdAt).toBe(NOW);
    for (const lang of LANGUAGES) expect(article.versions[lang].updatedAt).toBe(NOW);
  });

  it('use two different rubrics from the default list', () => {
    const rubricIds = DEFAULT_RUBRICS.map((rubric) => rubric.id);
    expect(articles.map((article) => article.rubric)).toEqual(['foreign-policy', 'economy']);
    for (const article of articles) expect(rubricIds).toContain(article.rubric);
  });

  it.each(eachArticle)('%s has one or two authors, each named in all three languages', (_rubric, article) => {
    expect(article.authors.length).toBeGreaterThanOrEqual(1);
    expect(article.authors.length).toBeLessThanOrEqual(2);
    for (const author of article.authors) {
      for (const lang of LANGUAGES) expect(author[lang]).toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u);
      expect(author.en).toMatch(/^[A-Za-z ]+$/);
    }
  });

  it('show a realistic mix of statuses, and a Belarusian source as well as an English one', () => {
    expect(articles.map((article) => article.sourceLanguage)).toEqual(['en', 'be']);
    const statuses = articles.flatMap((article) => LANGUAGES.map((lang) => article.versions[lang].status));
    expect(new Set(statuses).size).toBeGreaterThanOrEqual(4);
    for (const article of articles) {
      // A translation is never further along than the text it was translated from.
      const rank = (lang: Language) => VERSION_STATUSES.indexOf(article.versions[lang].status);
      for (const lang of LANGUAGES) {
        expect(article.versions[lang].status).not.toBe('empty');
        if (lang !== article.sourceLanguage) expect(rank(lang)).toBeLessThanOrEqual(rank(article.sourceLanguage));
      }
    }
  });
});

describe('createSampleIssue: every language version', () => {
  it.each(eachVersion)('%s passes the editor schema without losing anything', (_name, article, lang) => {
    const body = article.versions[lang].body;
    const checked = validateBody(body);
    if (!checked.ok) throw new Error(checked.detail);
    expect(checked.removedLinks).toBe(0);
    expect(textBlocks(checked.doc)).toEqual(textBlocks(body));
  });

  it.each(eachVersion)('%s has a title, a one-line lead and 3–5 blocks of text', (_name, article, lang) => {
    const version = article.versions[lang];
    expect(version.title.trim()).not.toBe('');
    expect(version.lead.trim()).not.toBe('');
    expect(version.lead).not.toMatch(/\n/);
    const blocks = topLevelBlocks(article, lang);
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    expect(blocks.length).toBeLessThanOrEqual(5);
    for (const text of textBlocks(version.body)) expect(text.trim().length).toBeGreaterThan(10);
  });

  it.each(eachVersion)('%s shows the formatting a newcomer will use', (_name, article, lang) => {
    const blocks = topLevelBlocks(article, lang);
    const types = blocks.map((block) => (block.type === 'heading' ? `heading${String(block.attrs?.level)}` : block.type));
    expect(types).toContain('blockquote');
    expect(types.some((type) => type === 'heading2' || type === 'bulletList')).toBe(true);
    const marks = marksOf(article.versions[lang].body).map((mark) => mark.type);
    expect(marks).toEqual(expect.arrayContaining(['bold', 'italic', 'link']));
    const hrefs = marksOf(article.versions[lang].body).flatMap((mark) => (mark.type === 'link' ? [mark.attrs?.href] : []));
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
  });

  it.each(eachArticle)('%s: block ids are valid, unique and shared by the three versions', (_rubric, article) => {
    const idsOf = (lang: Language) => topLevelBlocks(article, lang).map((block) => block.attrs?.blockId);
    const typesOf = (lang: Language) => topLevelBlocks(article, lang).map((block) => `${block.type}:${String(block.attrs?.level ?? '')}`);
    const ids = idsOf('en');
    for (const id of ids) expect(id).toMatch(BLOCK_ID_PATTERN);
    expect(new Set(ids).size).toBe(ids.length);
    expect(idsOf('be')).toEqual(ids);
    expect(idsOf('ru')).toEqual(ids);
    // Aligned blocks are the same kind of block in every language.
    expect(typesOf('be')).toEqual(typesOf('en'));
    expect(typesOf('ru')).toEqual(typesOf('en'));
  });

  it.each(eachArticle)('%s: links and numbers agree across the three versions', (_rubric, article) => {
    const hrefsOf = (lang: Language) =>
      marksOf(article.versions[lang].body).flatMap((mark) => (mark.type === 'link' ? [mark.attrs?.href] : []));
    // Belarusian and Russian write a decimal comma where English writes a point.
    const numbersOf = (lang: Language) =>
      visibleTexts(article, lang)
        .join('\n')
        .match(/\d+(?:[.,]\d+)?/g)
        ?.map((n) => n.replace(',', '.')) ?? [];
    expect(hrefsOf('be')).toEqual(hrefsOf('en'));
    expect(hrefsOf('ru')).toEqual(hrefsOf('en'));
    expect(numbersOf('be')).toEqual(numbersOf('en'));
    expect(numbersOf('ru')).toEqual(numbersOf('en'));
  });
});
