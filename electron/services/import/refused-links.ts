import type { ProseDoc, ProseNode } from '../../../shared/domain/prose-doc';
import { isAllowedHref } from '../../../shared/editor/link-policy';

// The cleaner unlinks a refused link (javascript:, data:, a relative path) and keeps its
// text, or drops it with its container (a page's <nav>), leaving no trace of which. To tell
// the editor how many links in the *text* lost their address, each refused link's address
// is first replaced by a numbered in-page anchor (one the policy allows, so it survives the
// cleaner and the schema), and after parsing those marks are removed and counted.
const MARKER = '#triptych-refused-link-';

/** Replaces the address of every link the policy (X2) refuses with a numbered marker; the hostile address is gone from then on. */
export function markRefusedLinks(root: Element): void {
  let index = 0;
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    // Surrounding spaces are ignored by browsers, and by the cleaner.
    const href = (link.getAttribute('href') ?? '').replace(/^ +| +$/g, '');
    if (!isAllowedHref(href) || href.startsWith(MARKER)) link.setAttribute('href', `${MARKER}${index++}`);
  }
}

/** Removes the marker links from a parsed body (text kept); returns how many marked links had text in it. */
export function unlinkRefusedLinks(doc: ProseDoc): { doc: ProseDoc; count: number } {
  const seen = new Set<string>();
  const visit = (node: ProseNode): ProseNode => {
    const out: ProseNode = { ...node };
    if (node.marks) {
      const kept = node.marks.filter((mark) => {
        const href = mark.attrs?.href;
        if (mark.type !== 'link' || typeof href !== 'string' || !href.startsWith(MARKER)) return true;
        seen.add(href);
        return false;
      });
      if (kept.length > 0) out.marks = kept;
      else delete out.marks;
    }
    if (node.content) out.content = node.content.map(visit);
    return out;
  };
  const content = (doc.content ?? []).map(visit);
  return { doc: { ...doc, content }, count: seen.size };
}
