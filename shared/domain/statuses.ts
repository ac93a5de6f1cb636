import { z } from 'zod';

/** Workflow of one language version of an article, in order of progress. */
export const VERSION_STATUSES = ['empty', 'draft', 'translated', 'reviewed', 'approved'] as const;
export const VersionStatusSchema = z.enum(VERSION_STATUSES);
export type VersionStatus = z.infer<typeof VersionStatusSchema>;

/** Workflow of an issue; the library screen groups issues by it. */
export const ISSUE_STATUSES = ['draft', 'translating', 'ready', 'exported'] as const;
export const IssueStatusSchema = z.enum(ISSUE_STATUSES);
export type IssueStatus = z.infer<typeof IssueStatusSchema>;
