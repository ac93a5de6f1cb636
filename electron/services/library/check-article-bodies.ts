import type { Article } from '../../../shared/domain/article';
import { LANGUAGES, type Language } from '../../../shared/domain/language';
import type { ProseDoc } from '../../../shared/domain/prose-doc';
import { validateBody } from '../../../shared/editor/validate-body';

export type BodiesCheck = { ok: true; article: Article } | { ok: false; language: Language; detail: string };

// The editor schema requires at least one block, but `emptyDoc()` (what new articles start
// with) has none. Both mean "no text yet", so the empty form is read as one empty paragraph
// rather than declaring a brand-new article unreadable.
function withAtLeastOneBlock(body: ProseDoc): ProseDoc {
  return body.content === undefined || body.content.length === 0 ? { type: 'doc', content: [{ type: 'paragraph' }] } : body;
}

/**
 * Checks every language's body (or those of `languages`, when the others are known good)
 * against the editor schema (D9/X4) and returns the article with
 * the bodies as the schema normalises them (links outside the policy unlinked, X2).
 */
export function checkArticleBodies(article: Article, languages: readonly Language[] = LANGUAGES): BodiesCheck {
  const versions = { ...article.versions };
  for (const language of languages) {
    const version = versions[language];
    const checked = validateBody(withAtLeastOneBlock(version.body));
    if (!checked.ok) return { ok: false, language, detail: checked.detail };
    versions[language] = { ...version, body: checked.doc };
  }
  return { ok: true, article: { ...article, versions } };
}
