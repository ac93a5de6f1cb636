/**
 * UI text is split by screen so each locale file stays small enough to review side by
 * side with its two counterparts.
 */
export const NAMESPACES = ['common', 'library', 'issue', 'article', 'settings', 'errors', 'editor', 'articleHeader', 'export'] as const;
export type Namespace = (typeof NAMESPACES)[number];
