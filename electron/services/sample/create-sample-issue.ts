import { translatedFromSource } from '../../../shared/editor/alignment/block-texts';
import { ARTICLE_SCHEMA_VERSION, ArticleSchema, type Article, type ArticleVersion } from '../../../shared/domain/article';
import { ISSUE_SCHEMA_VERSION, IssueSchema, type Issue } from '../../../shared/domain/issue';
import type { Language } from '../../../shared/domain/language';
import { DEFAULT_RUBRICS } from '../../../shared/domain/library-manifest';
import type { SampleArticle } from './sample-article';
import { sampleArticleEconomy } from './sample-article-economy';
import { sampleArticleForeignPolicy } from './sample-article-foreign-policy';

export interface CreateSampleIssueArgs {
  periodStart: string;
  periodEnd: string;
  number: number;
  now: string;
  newId: (prefix: 'issue' | 'article') => string;
}

/** In reading order. */
const SAMPLE_ARTICLES: readonly SampleArticle[] = [sampleArticleForeignPolicy, sampleArticleEconomy];

function buildVersion(sample: SampleArticle, lang: Language, now: string): ArticleVersion {
  const { status, title, lead, body } = sample.versions[lang];
  // The sample's translations are up to date with its source, paragraph by paragraph.
  const translatedFrom =
    lang === sample.sourceLanguage ? {} : translatedFromSource(sample.versions[sample.sourceLanguage].body, body);
  // The texts are module constants; each created article gets its own copy to edit.
  return { status, title, lead, body: structuredClone(body), updatedAt: now, translatedFrom };
}

function buildArticle(sample: SampleArticle, id: string, now: string): Article {
  if (!DEFAULT_RUBRICS.some((rubric) => rubric.id === sample.rubric)) {
    throw new Error(`sample article uses an unknown rubric: ${sample.rubric}`);
  }
  // Parsing (not just typing) means a bad id from `newId` fails here, not when the file is reopened.
  return ArticleSchema.parse({
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    rubric: sample.rubric,
    authors: structuredClone(sample.authors),
    sourceLanguage: sample.sourceLanguage,
    createdAt: now,
    versions: {
      en: buildVersion(sample, 'en', now),
      be: buildVersion(sample, 'be', now),
      ru: buildVersion(sample, 'ru', now),
    },
  });
}

/**
 * The issue a newcomer finds in a new library: two short articles in three languages,
 * mid-translation, so every part of the workflow has something to show. Ids are requested
 * from `newId` in a fixed order (the issue first, then the articles in reading order).
 */
export function createSampleIssue(args: CreateSampleIssueArgs): { issue: Issue; articles: Article[] } {
  const issueId = args.newId('issue');
  const articles = SAMPLE_ARTICLES.map((sample) => buildArticle(sample, args.newId('article'), args.now));
  const issue = IssueSchema.parse({
    schemaVersion: ISSUE_SCHEMA_VERSION,
    id: issueId,
    number: args.number,
    periodStart: args.periodStart,
    periodEnd: args.periodEnd,
    status: 'translating',
    articleOrder: articles.map((article) => article.id),
    createdAt: args.now,
    updatedAt: args.now,
    exportedAt: null,
  });
  return { issue, articles };
}
