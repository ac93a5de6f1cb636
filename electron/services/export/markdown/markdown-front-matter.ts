import { stringify } from 'yaml';
import type { Language } from '../../../../shared/domain/language';
import type { Edition, EditionArticle } from '../../../../shared/export/language-edition';

/** What a static site generator (Jekyll, Hugo, Eleventy…) reads about one article. */
export interface ArticleFrontMatter {
  title: string;
  lead: string;
  authors: string[];
  rubric: string;
  /** The last day of the issue's week, `YYYY-MM-DD`. */
  date: string;
  language: Language;
  issue: number;
  /** The issue's week as this language writes it. */
  period: string;
  /** The article's place in the issue, for ordering. */
  position: number;
  slug: string;
  /** The slug of each other language version exported in this run. */
  translations: Partial<Record<Language, string>>;
}

/** The front matter fields of one article of an edition. */
export function articleFrontMatter(edition: Edition, article: EditionArticle, languages: readonly Language[]): ArticleFrontMatter {
  const translations: Partial<Record<Language, string>> = {};
  for (const lang of languages) {
    const slug = article.slugs[lang];
    if (lang !== edition.lang && slug !== undefined) translations[lang] = slug;
  }
  return {
    title: article.title,
    lead: article.lead,
    authors: [...article.authors],
    rubric: article.rubric,
    date: edition.periodEnd,
    language: edition.lang,
    issue: edition.number,
    period: edition.period,
    position: article.position,
    slug: article.slug,
    translations,
  };
}

/**
 * The fields as YAML. The yaml library decides quoting, so a title with a colon, a quote mark
 * or a leading `-` stays a string; long lines are never folded, so a title stays on one line.
 */
export function frontMatterYaml(fields: ArticleFrontMatter): string {
  return stringify(fields, { lineWidth: 0 });
}
