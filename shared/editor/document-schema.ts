import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { createEditorExtensions } from './editor-extensions';

let cached: Schema | null = null;

/** The ProseMirror schema of article bodies, built headless (no DOM needed). */
export function documentSchema(): Schema {
  cached ??= getSchema(createEditorExtensions());
  return cached;
}
