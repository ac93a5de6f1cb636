import type { UnreadableReason } from '../../shared/domain/unreadable-reason';
import type { Language } from '../../shared/domain/language';
import type { LoadedArticle } from '../../shared/ipc/summaries';

/** Where the user is. Screens form a stack so Back always returns to where they came from. */
export type Screen =
  | { kind: 'library' }
  | { kind: 'trash' }
  | { kind: 'issue'; issueId: string }
  | {
      kind: 'article';
      issueId: string;
      articleId: string;
      /** Just created: opened without a second read. */
      preloaded?: LoadedArticle;
      /** What the issue list already knows about an unreadable article, shown if the read fails the same way. */
      knownUnreadable?: { reason: UnreadableReason; detail: string };
      /** A paragraph to put the cursor in once the article is open (a "Fix" in the export check). */
      focus?: { lang: Language; blockId: string };
    };

export function screenKey(screen: Screen): string {
  switch (screen.kind) {
    case 'library':
    case 'trash':
      return screen.kind;
    case 'issue':
      return `issue:${screen.issueId}`;
    case 'article':
      return `article:${screen.issueId}:${screen.articleId}`;
  }
}
