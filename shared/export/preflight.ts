import type { Article } from '../domain/article';
import type { Language } from '../domain/language';
import { blockTexts } from '../editor/alignment/block-texts';
import { outdatedBlocks } from '../editor/alignment/outdated-blocks';
import { isAllowedHref } from '../editor/link-policy';
import { inspectBody } from './inspect-body';
import type { IssueForExport } from './issue-for-export';
import { versionHasText } from './language-edition';
import type { PreflightFinding } from './preflight-finding';

// The finding schema caps `detail`; an href longer than that is still reported, shortened.
const MAX_DETAIL = 2048;

type Draft = Pick<PreflightFinding, 'severity' | 'code'> & Partial<Omit<PreflightFinding, 'severity' | 'code'>>;

function finding(article: Article | null, lang: Language | null, draft: Draft): PreflightFinding {
  return {
    severity: draft.severity,
    code: draft.code,
    articleId: article?.id ?? null,
    lang,
    blockId: draft.blockId ?? null,
    count: draft.count ?? null,
    detail: draft.detail ?? null,
  };
}

/** Outdated counterparts, computed exactly as the editor marks them (alignment coordinator). */
function outdatedOf(article: Article, lang: Language): string[] {
  const source = article.sourceLanguage;
  if (lang === source) return [];
  const version = article.versions[lang];
  return [...outdatedBlocks(blockTexts(article.versions[source].body), blockTexts(version.body), version.translatedFrom)];
}

function linkFindings(article: Article, lang: Language, links: ReturnType<typeof inspectBody>['links']): PreflightFinding[] {
  const unsafe = new Map<string, { count: number; blockId: string | null }>();
  let empty = 0;
  let firstEmpty: string | null = null;
  for (const { href, text, blockId } of links) {
    if (href === null || text.trim() === '') {
      if (empty === 0) firstEmpty = blockId;
      empty++;
    }
    if (href !== null && !isAllowedHref(href)) {
      const seen = unsafe.get(href);
      if (seen) seen.count++;
      else unsafe.set(href, { count: 1, blockId });
    }
  }
  const out = [...unsafe].map(([href, { count, blockId }]) =>
    finding(article, lang, { severity: 'error', code: 'unsafe-link', detail: href.slice(0, MAX_DETAIL), count, blockId }),
  );
  if (empty > 0) out.push(finding(article, lang, { severity: 'warning', code: 'empty-link', count: empty, blockId: firstEmpty }));
  return out;
}

function versionFindings(article: Article, lang: Language): PreflightFinding[] {
  const version = article.versions[lang];
  if (!versionHasText(version)) return [finding(article, lang, { severity: 'error', code: 'version-empty' })];
  const out: PreflightFinding[] = [];
  const add = (draft: Draft) => out.push(finding(article, lang, draft));
  const body = inspectBody(version.body);
  if (version.title.trim() === '') add({ severity: 'error', code: 'missing-title' });
  if (version.lead.trim() === '') add({ severity: 'warning', code: 'missing-lead' });
  if (!body.hasText) add({ severity: 'error', code: 'missing-body' });
  if (version.status !== 'approved') add({ severity: 'warning', code: 'not-approved', detail: version.status });
  const outdated = outdatedOf(article, lang);
  if (outdated.length > 0) add({ severity: 'warning', code: 'outdated-paragraphs', count: outdated.length, blockId: outdated[0] });
  if (body.emptyBlocks.count > 0) {
    add({ severity: 'warning', code: 'empty-paragraphs', count: body.emptyBlocks.count, blockId: body.emptyBlocks.firstBlockId });
  }
  out.push(...linkFindings(article, lang, body.links));
  return out;
}

/**
 * The check before export (pure): what an editor should fix or knowingly accept before the
 * chosen languages go out. Findings come in reading order, each article's in the order of
 * `languages`; issue-wide findings first. Errors: `no-articles`, `version-empty`,
 * `missing-title`, `missing-body`, `unsafe-link`; the rest are warnings. The email size
 * warning is added by the exporter, which is the only one that renders the email.
 */
export function preflightIssue(input: IssueForExport, languages: readonly Language[]): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  if (input.articles.length === 0) findings.push(finding(null, null, { severity: 'error', code: 'no-articles' }));
  for (const article of input.articles) {
    for (const lang of languages) findings.push(...versionFindings(article, lang));
  }
  return findings;
}

