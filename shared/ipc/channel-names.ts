// The channel and event names alone, without their zod schemas, so the sandboxed preload
// can carry its allowlist without bundling zod. contract.ts is checked against these.

export const CHANNEL_NAMES = [
  'library:info',
  'library:choose-folder',
  'app:restart',
  'issues:list',
  'issue:get',
  'issue:create-next',
  'issue:update',
  'issue:reorder-articles',
  'issue:trash',
  'article:create',
  'article:get',
  'article:save',
  'article:trash',
  'trash:list',
  'trash:restore',
  'journal:write',
  'journal:patch',
  'journal:discard',
  'recovery:list',
  'settings:get',
  'settings:update',
  'export:preflight',
  'export:choose-folder',
  'export:run',
  'export:show-in-folder',
  'import:choose-file',
  'import:article',
  'import:inspect-archive',
  'import:archive',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

export const EVENT_NAMES = ['library:changed', 'menu:command', 'article:changed-on-disk', 'export:progress'] as const;
export type EventNameString = (typeof EVENT_NAMES)[number];
