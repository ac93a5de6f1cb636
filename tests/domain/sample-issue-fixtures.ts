import { createSampleIssue, type CreateSampleIssueArgs } from '../../electron/services/sample/create-sample-issue';
import type { Article } from '../../shared/domain/article';
import { LANGUAGES, type Language } from '../../shared/domain/language';
import type { ProseDoc, ProseNode } from '../../shared/domain/prose-doc';

// Shared by the sample-issue tests. The sample lives in electron/services/sample; its tests
// sit here because what they check is that it is valid domain data in well-written languages.

export const NOW = '2014-03-17T09:00:00.000+03:00';

function sequentialIds(): CreateSampleIssueArgs['newId'] {
  let n = 0;
  return (prefix) => `${prefix}-${String(++n).padStart(4, '0')}`;
}

export function createSample(overrides: Partial<CreateSampleIssueArgs> = {}) {
  return createSampleIssue({
    periodStart: '2014-03-10',
    periodEnd: '2014-03-16',
    number: 1,
    now: NOW,
    newId: sequentialIds(),
    ...overrides,
  });
}

/** Every node of a tree, depth first. */
export function walk(node: ProseNode | ProseDoc): ProseNode[] {
  return (node.content ?? []).flatMap((child) => [child, ...walk(child)]);
}

export function inlineText(node: ProseNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(inlineText).join('');
}

/** The text of every paragraph and heading, one string each (so checks never span two blocks). */
export function textBlocks(body: ProseDoc): string[] {
  return walk(body)
    .filter((node) => node.type === 'paragraph' || node.type === 'heading')
    .map(inlineText);
}

/** Everything a reader of one language version sees: names, title, lead, body. */
export function visibleTexts(article: Article, lang: Language): string[] {
  const version = article.versions[lang];
  return [...article.authors.map((author) => author[lang]), version.title, version.lead, ...textBlocks(version.body)];
}

export function topLevelBlocks(article: Article, lang: Language): ProseNode[] {
  return article.versions[lang].body.content ?? [];
}

export function marksOf(body: ProseDoc): { type: string; attrs?: Record<string, unknown> }[] {
  return walk(body).flatMap((node) => node.marks ?? []);
}

/** test.each tables: [name, article] and [name, article, language]. */
export function sampleTables() {
  const { articles } = createSample();
  const eachArticle = articles.map((article) => [article.rubric, article] as const);
  const eachVersion = articles.flatMap((article) => LANGUAGES.map((lang) => [`${article.rubric}/${lang}`, article, lang] as const));
  return { articles, eachArticle, eachVersion };
}
