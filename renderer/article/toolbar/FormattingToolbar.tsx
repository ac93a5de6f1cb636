import type { Editor } from '@tiptap/core';

export interface FormattingToolbarProps {
  /** The body editor that last had the focus, or null before any has. */
  editor: Editor | null;
  disabled: boolean;
}

// Placeholder while the toolbar is being built.
export function FormattingToolbar(_props: FormattingToolbarProps) {
  return null;
}
