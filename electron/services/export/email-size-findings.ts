import type { Language } from '../../../shared/domain/language';
import type { PreflightFinding } from '../../../shared/export/preflight-finding';
import { emailSize } from './email/email-size';

/** A warning for each email edition Gmail would clip. */
export function emailSizeFindings(emails: ReadonlyMap<Language, string>): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  for (const [lang, html] of emails) {
    const size = emailSize(html);
    if (size.clipped) findings.push({ severity: 'warning', code: 'email-too-large', articleId: null, lang, blockId: null, count: size.bytes, detail: null });
  }
  return findings;
}
