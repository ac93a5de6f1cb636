import { z } from 'zod';
import { IdSchema, IsoDateSchema, IsoDateTimeSchema } from './identifiers';
import { IssueStatusSchema } from './statuses';

export const ISSUE_SCHEMA_VERSION = 1;

export const IssueSchema = z
  .object({
    schemaVersion: z.literal(ISSUE_SCHEMA_VERSION),
    id: IdSchema,
    number: z.number().int().positive().max(1_000_000),
    periodStart: IsoDateSchema,
    periodEnd: IsoDateSchema,
    status: IssueStatusSchema,
    /** Article ids in reading order; each names a file in the issue's articles folder. */
    articleOrder: z.array(IdSchema).max(500),
    createdAt: IsoDateTimeSchema,
    updatedAt: IsoDateTimeSchema,
    exportedAt: IsoDateTimeSchema.nullable(),
  })
  .strict()
  .refine((issue) => issue.periodStart <= issue.periodEnd, { message: 'period ends before it starts', path: ['periodEnd'] })
  .refine((issue) => new Set(issue.articleOrder).size === issue.articleOrder.length, {
    message: 'an article is listed twice',
    path: ['articleOrder'],
  });
export type Issue = z.infer<typeof IssueSchema>;

export const ISSUE_KEY_ORDER = [
  'schemaVersion', 'id', 'number', 'periodStart', 'periodEnd', 'status', 'createdAt', 'updatedAt', 'exportedAt', 'articleOrder',
];
