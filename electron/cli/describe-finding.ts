import type { PreflightFinding } from '../../shared/export/preflight-finding';

const SENTENCES: Record<PreflightFinding['code'], (f: PreflightFinding) => string> = {
  'no-articles': () => 'the issue has no articles',
  'version-empty': () => 'this language version is empty (it is left out of the export)',
  'missing-title': () => 'no title',
  'missing-lead': () => 'no lead',
  'missing-body': () => 'no text in the body',
  'not-approved': (f) => `status is ${f.detail ?? 'unknown'}, not approved`,
  'outdated-paragraphs': (f) => `${f.count ?? 0} paragraph(s) outdated against the source`,
  'empty-paragraphs': (f) => `${f.count ?? 0} empty paragraph(s)`,
  'unsafe-link': (f) => `a link to ${f.detail ?? '?'} is not allowed (it is exported as plain text)`,
  'empty-link': () => 'a link has no text',
  'email-too-large': (f) => `the email is ${((f.count ?? 0) / 1024).toFixed(1)} KB; Gmail clips emails over 102 KB`,
};

/** One line of `triptych check`: "error   be  a-x1y2z3  no title". */
export function describeFinding(finding: PreflightFinding, titles: ReadonlyMap<string, string>): string {
  const where = [finding.lang ?? '--', finding.articleId ? `${finding.articleId}${titles.has(finding.articleId) ? ` (${titles.get(finding.articleId)})` : ''}` : 'issue'];
  return `${finding.severity.padEnd(7)} ${where.join('  ')}: ${SENTENCES[finding.code](finding)}`;
}
