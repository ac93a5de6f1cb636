import { z } from 'zod';
import { ArticleSchema } from '../domain/article';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from '../domain/identifiers';
import { IssueSchema } from '../domain/issue';
import { LanguageSchema } from '../domain/language';
import { IssueStatusSchema } from '../domain/statuses';
import { SettingsPatchSchema, SettingsSchema } from '../settings/settings';
import {
  IssueDetailSchema,
  IssueSummarySchema,
  LibraryInfoSchema,
  LoadedArticleSchema,
  RecoveryEntrySchema,
  TrashEntrySchema,
} from './summaries';
import { CHANNEL_NAMES, EVENT_NAMES, type ChannelName, type EventNameString } from './channel-names';

interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
}

const Empty = z.object({}).strict();
const IssueRef = z.object({ issueId: IdSchema }).strict();
const ArticleRef = z.object({ issueId: IdSchema, articleId: IdSchema }).strict();

/**
 * The one IPC contract: every channel's request and response. Electron IPC, the
 * in-memory test transport and the loopback browser transport all carry exactly these.
 */
export const contract = {
  'library:info': { request: Empty, response: LibraryInfoSchema },
  /** Desktop only: asks for another library folder (OS dialog) and stores it for the next start. */
  'library:choose-folder': {
    request: Empty,
    response: z.object({ path: z.string().nullable(), restartRequired: z.boolean() }),
  },
  /** Desktop only: restarts the app (after saves are flushed on quit) to open the new library. */
  'app:restart': { request: Empty, response: Empty },
  'issues:list': { request: Empty, response: z.array(IssueSummarySchema) },
  'issue:get': { request: IssueRef, response: IssueDetailSchema },
  'issue:create-next': {
    request: z.object({ weekOf: IsoDateSchema.optional() }).strict(),
    response: IssueSchema,
  },
  'issue:update': {
    request: z
      .object({
        issueId: IdSchema,
        number: z.number().int().positive().max(1_000_000).optional(),
        periodStart: IsoDateSchema.optional(),
        periodEnd: IsoDateSchema.optional(),
        status: IssueStatusSchema.optional(),
      })
      .strict(),
    response: IssueSchema,
  },
  'issue:reorder-articles': {
    request: z.object({ issueId: IdSchema, articleOrder: z.array(IdSchema).max(500) }).strict(),
    response: IssueSchema,
  },
  'issue:trash': { request: IssueRef, response: z.object({ trashId: z.string() }) },
  'article:create': {
    request: z
      .object({
        issueId: IdSchema,
        rubric: IdSchema.optional(),
        sourceLanguage: LanguageSchema.optional(),
        /** Insert before this index; appended when missing. */
        position: z.number().int().min(0).max(500).optional(),
      })
      .strict(),
    response: LoadedArticleSchema,
  },
  'article:get': { request: ArticleRef, response: LoadedArticleSchema },
  'article:save': {
    request: z
      .object({
        issueId: IdSchema,
        article: ArticleSchema,
        /** The revision the editor started from; a different one on disk is a conflict (D8). */
        baseRevision: z.string().max(128),
      })
      .strict(),
    response: z.object({ revision: z.string(), savedAt: IsoDateTimeSchema }),
  },
  'article:trash': { request: ArticleRef, response: z.object({ trashId: z.string() }) },
  'trash:list': { request: Empty, response: z.array(TrashEntrySchema) },
  'trash:restore': { request: z.object({ trashId: z.string().max(200) }).strict(), response: z.object({ issueId: IdSchema }) },
  /**
   * Crash journal (D6, D7): the editor's unsaved article, written atomically beside the
   * library within a second of typing, queued with the article's saves so order is kept.
   */
  'journal:write': {
    request: z
      .object({ issueId: IdSchema, articleId: IdSchema, article: ArticleSchema, baseRevision: z.string().max(128) })
      .strict(),
    response: z.object({ journaledAt: IsoDateTimeSchema }),
  },
  /** Drops an article's journal entry (the user declined the recovered edits). */
  'journal:discard': { request: ArticleRef, response: Empty },
  /** Articles whose journal entry differs from the file on disk: what a crash left unsaved. */
  'recovery:list': { request: Empty, response: z.array(RecoveryEntrySchema) },
  'settings:get': { request: Empty, response: SettingsSchema },
  'settings:update': { request: SettingsPatchSchema, response: SettingsSchema },
} as const satisfies Record<ChannelName, ChannelSpec>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export const channelNames: readonly Channel[] = CHANNEL_NAMES;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events main sends to the renderer (no reply). */
export const events = {
  /** Something in the library changed on disk (our write or a sync tool's). */
  'library:changed': z.object({ issueId: IdSchema.nullable(), at: IsoDateTimeSchema }),
  /** The app menu asked for a command the renderer performs. */
  'menu:command': z.object({ command: z.enum(['new-issue', 'open-settings', 'show-library']) }),
  /**
   * An article file was changed by someone else (a sync tool), never by our own writes (D8):
   * `revision` is the hash of its new bytes. Sent only for files this session read or wrote.
   */
  'article:changed-on-disk': z.object({ issueId: IdSchema, articleId: IdSchema, revision: z.string() }),
} as const satisfies Record<EventNameString, z.ZodType>;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const eventNames: readonly EventName[] = EVENT_NAMES;
