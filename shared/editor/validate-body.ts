import type { Node as PMNode } from '@tiptap/pm/model';
import type { ProseDoc } from '../domain/prose-doc';
import { documentSchema } from './document-schema';
import { isAllowedHref } from './link-policy';
import { HEADING_LEVELS } from './editor-extensions';

export type BodyCheck = { ok: true; doc: ProseDoc; removedLinks: number } | { ok: false; detail: string };

/**
 * D9/X2/X4: a body read from disk (or received over IPC) must fit the editor schema exactly;
 * links outside the policy are unlinked (text kept) because JSON never passes parseHTML.
 */
export function validateBody(json: unknown): BodyCheck {
  let node: PMNode;
  try {
    node = documentSchema().nodeFromJSON(json);
    node.check();
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
  if (node.type.name !== 'doc') return { ok: false, detail: 'the body is not a document' };
  // ProseMirror checks structure but not attribute values; the toolbar offers two heading levels.
  let badHeading: unknown = null;
  node.descendants((child) => {
    if (child.type.name === 'heading' && !HEADING_LEVELS.includes(child.attrs.level as number)) badHeading = child.attrs.level;
  });
  if (badHeading !== null) return { ok: false, detail: `heading level ${String(badHeading)} is not allowed` };
  let removedLinks = 0;
  const out = node.toJSON() as ProseDoc;
  const strip = (n: { marks?: { type: string; attrs?: Record<string, unknown> }[]; content?: unknown[] }) => {
    if (n.marks) {
      const kept = n.marks.filter((m) => m.type !== 'link' || isAllowedHref(m.attrs?.href));
      removedLinks += n.marks.length - kept.length;
      if (kept.length) n.marks = kept;
      else delete n.marks;
    }
    n.content?.forEach((child) => strip(child as typeof n));
  };
  strip(out as never);
  return { ok: true, doc: out, removedLinks };
}
