import type { Article, ArticleVersion } from '../domain/article';
import { LANGUAGES, type Language, type LocalizedText } from '../domain/language';
import type { ProseDoc } from '../domain/prose-doc';
import type { VersionStatus } from '../domain/statuses';
import { formatPeriod } from '../dates/format-period';
import { blockText } from '../editor/alignment/block-texts';
import { validateBody } from '../editor/validate-body';
import type { IssueForExport } from './issue-for-export';
import { DEFAULT_PUBLICATION_NAME, type Publication } from './publication';
import { slugifyTitle } from './slugify-title';

/** One article as a reader of one language sees it. */
export interface EditionArticle {
  id: string;
  /** 1-based place in the issue's reading order (among all articles, not only this edition's). */
  position: number;
  /** `id` attribute for in-page links: stable across exports, the same in every language. */
  anchor: string;
  /** File-name-safe slug of this version, unique within the edition. */
  slug: string;
  /** The slug of each language version that has text, for links between translations. */
  slugs: Partial<Record<Language, string>>;
  rubricId: string;
  rubric: string;
  title: string;
  lead: string;
  authors: string[];
  /** Validated against the editor schema with the link policy applied (X2). */
  body: ProseDoc;
  status: VersionStatus;
}

/** An issue in one language: what every per-language exporter renders. */
export interface Edition {
  lang: Language;
  issueId: string;
  number: number;
  periodStart: string;
  periodEnd: string;
  /** "March 10 – March 16, 2014", "10–16 сакавіка 2014"… */
  period: string;
  publicationName: string;
  webBaseUrl: string | null;
  articles: EditionArticle[];
}

/** A version counts as present when a reader would see anything of it. */
export function versionHasText(version: ArticleVersion): boolean {
  return version.title.trim() !== '' || version.lead.trim() !== '' || (version.body.content ?? []).some((node) => blockText(node).trim() !== '');
}

function authorName(author: LocalizedText, lang: Language): string {
  // A name not yet spelled for this alphabet is better shown in another spelling than dropped.
  const own = author[lang].trim();
  if (own) return own;
  for (const other of LANGUAGES) if (author[other].trim()) return author[other].trim();
  return '';
}

function slugFor(article: Article, lang: Language, position: number): string {
  const base = slugifyTitle(article.versions[lang].title, lang) || article.id;
  return `${String(position).padStart(2, '0')}-${base}`;
}

/**
 * The issue as one language's readers get it. Versions with no text at all are left out
 * (the preflight check reports them); bodies that fail the schema throw, because the library
 * never hands such a body out (D9).
 */
export function languageEdition(input: IssueForExport, lang: Language, publication: Publication): Edition {
  const { issue } = input;
  const rubricNames = new Map(input.rubrics.map((r) => [r.id, r.name]));
  const articles: EditionArticle[] = [];
  input.articles.forEach((article, index) => {
    const version = article.versions[lang];
    if (!versionHasText(version)) return;
    const position = index + 1;
    const checked = validateBody(version.body);
    if (!checked.ok) throw new Error(`article ${article.id} (${lang}): ${checked.detail}`);
    const slugs: Partial<Record<Language, string>> = {};
    for (const other of LANGUAGES) if (versionHasText(article.versions[other])) slugs[other] = slugFor(article, other, position);
    articles.push({
      id: article.id,
      position,
      anchor: `article-${article.id}`,
      slug: slugFor(article, lang, position),
      slugs,
      rubricId: article.rubric,
      rubric: rubricNames.get(article.rubric)?.[lang] ?? article.rubric,
      title: version.title.trim(),
      lead: version.lead.trim(),
      authors: article.authors.map((a) => authorName(a, lang)).filter((name) => name !== ''),
      body: checked.doc,
      status: version.status,
    });
  });
  return {
    lang,
    issueId: issue.id,
    number: issue.number,
    periodStart: issue.periodStart,
    periodEnd: issue.periodEnd,
    period: formatPeriod(issue.periodStart, issue.periodEnd, lang),
    publicationName: publication.name[lang].trim() || DEFAULT_PUBLICATION_NAME[lang],
    webBaseUrl: publication.webBaseUrl,
    articles,
  };
}
