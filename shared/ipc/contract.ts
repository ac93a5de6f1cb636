import { z } from 'zod';
import { ArticleSchema } from '../domain/article';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from '../domain/identifiers';
import { IssueSchema } from '../domain/issue';
import { LanguageSchema } from '../domain/language';
import { IssueStatusSchema } from '../domain/statuses';
import { SettingsPatchSchema, SettingsSchema } from '../settings/settings';
import { ExportFormatSchema } from '../export/export-formats';
import { ExportProgressSchema, ExportResultSchema, ExportSelectionSchema } from '../export/export-request';
import { ImportNoticeSchema } from '../export/import-result';
import { PreflightFindingSchema } from '../export/preflight-finding';
import { JournalEntryIdSchema, JournalPatchSchema } from '../journal/journal-patch';
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
/** Stands for a file or folder the user picked in an OS dialog (see file-grants). */
const FileToken = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

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
    response: z.object({ journaledAt: IsoDateTimeSchema, entryId: JournalEntryIdSchema }),
  },
  /**
   * The same entry as changes to the one `base` names (see journal-patch): while someone
   * types, only the blocks they touched cross the process boundary. When the entry is no
   * longer `base` (a save retired it, main restarted), nothing is written and the writer
   * sends the whole article instead.
   */
  'journal:patch': {
    request: z
      .object({ issueId: IdSchema, articleId: IdSchema, baseRevision: z.string().max(128), base: JournalEntryIdSchema, patch: JournalPatchSchema })
      .strict(),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('journaled'), journaledAt: IsoDateTimeSchema, entryId: JournalEntryIdSchema }).strict(),
      z.object({ status: z.literal('needs-whole-article') }).strict(),
    ]),
  },
  /** Drops an article's journal entry (the user declined the recovered edits). */
  'journal:discard': { request: ArticleRef, response: Empty },
  /** Articles whose journal entry differs from the file on disk: what a crash left unsaved. */
  'recovery:list': { request: Empty, response: z.array(RecoveryEntrySchema) },
  'settings:get': { request: Empty, response: SettingsSchema },
  'settings:update': { request: SettingsPatchSchema, response: SettingsSchema },
  /** The check before export, for the chosen languages (all three when omitted). */
  'export:preflight': {
    request: z
      .object({
        issueId: IdSchema,
        languages: z.array(LanguageSchema).min(1).max(3).optional(),
        /** With `email`, the check renders the emails to measure them against Gmail's limit. */
        formats: z.array(ExportFormatSchema).max(6).optional(),
      })
      .strict(),
    response: z.object({ findings: z.array(PreflightFindingSchema) }),
  },
  /**
   * Desktop only: the OS folder dialog for an export's destination. The renderer gets a
   * token for the folder, never passes a path back: main decides which folders it writes.
   */
  'export:choose-folder': {
    request: Empty,
    response: z.object({ folderToken: FileToken.nullable(), path: z.string().nullable() }),
  },
  'export:run': {
    request: ExportSelectionSchema.extend({
      issueId: IdSchema,
      folderToken: FileToken,
      /** The editor saw the check's errors and exports anyway. */
      acceptErrors: z.boolean(),
    }).strict(),
    response: ExportResultSchema,
  },
  /** Desktop only: shows an exported file (relative to a granted folder) in the OS file manager. */
  'export:show-in-folder': {
    request: z.object({ folderToken: FileToken, path: z.string().max(1024) }).strict(),
    response: Empty,
  },
  /** Desktop only: the OS open dialog for a file to import; again a token, not a path. */
  'import:choose-file': {
    request: z.object({ kind: z.enum(['article', 'archive']) }).strict(),
    response: z.object({ fileToken: FileToken.nullable(), name: z.string().nullable() }),
  },
  /** Replaces one language version's text with an imported DOCX, Markdown or HTML file. */
  'import:article': {
    request: z
      .object({
        issueId: IdSchema,
        articleId: IdSchema,
        lang: LanguageSchema,
        fileToken: FileToken,
        /** The revision the editor shows; a different one on disk refuses the import (D8). */
        baseRevision: z.string().max(128),
      })
      .strict(),
    response: LoadedArticleSchema.extend({ notices: z.array(ImportNoticeSchema) }),
  },
  /** What a .triptych archive holds, so the UI can ask what to do when the issue already exists. */
  'import:inspect-archive': {
    request: z.object({ fileToken: FileToken }).strict(),
    response: z.object({
      issueId: IdSchema,
      number: z.number().int().positive(),
      periodStart: IsoDateSchema,
      periodEnd: IsoDateSchema,
      articles: z.number().int().nonnegative(),
      exists: z.boolean(),
    }),
  },
  'import:archive': {
    request: z
      .object({
        fileToken: FileToken,
        /** When the issue's id is already in the library: replace it (old one to the trash) or import as a new issue. */
        whenExists: z.enum(['replace', 'copy']),
      })
      .strict(),
    response: z.object({ issueId: IdSchema, replacedTrashId: z.string().nullable() }),
  },
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
  /** How far a running export is. */
  'export:progress': ExportProgressSchema,
} as const satisfies Record<EventNameString, z.ZodType>;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
export const eventNames: readonly EventName[] = EVENT_NAMES;
