import { z } from 'zod';

/**
 * Structural shape of ProseMirror/TipTap JSON. This only checks that the value is a
 * well-formed tree; whether every node and mark is allowed is decided by the editor
 * schema in shared/editor (which the library also applies on load, D9/X4).
 */
export interface ProseMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface ProseNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseNode[];
  marks?: ProseMark[];
  text?: string;
}

export const ProseMarkSchema: z.ZodType<ProseMark> = z
  .object({ type: z.string().min(1), attrs: z.record(z.string(), z.unknown()).optional() })
  .strict();

export const ProseNodeSchema: z.ZodType<ProseNode> = z.lazy(() =>
  z
    .object({
      type: z.string().min(1),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(ProseNodeSchema).optional(),
      marks: z.array(ProseMarkSchema).optional(),
      text: z.string().optional(),
    })
    .strict(),
);

export const ProseDocSchema = z
  .object({ type: z.literal('doc'), content: z.array(ProseNodeSchema).optional() })
  .strict();
export type ProseDoc = z.infer<typeof ProseDocSchema>;

/** A body with one empty paragraph: the editor schema requires at least one block. */
export function emptyDoc(): ProseDoc {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}
