import { z } from 'zod';
import type { Language } from '../../../../shared/domain/language';

const LanguageLabelsSchema = z
  .object({
    issueNumber: z.string().min(1),
    inThisIssue: z.string().min(1),
    author: z.string().min(1),
    authors: z.string().min(1),
    readArticleOnWeb: z.string().min(1),
    readIssueOnWeb: z.string().min(1),
    /** Written in its own language: the language switch shows each link to its own readers. */
    readInThisLanguage: z.string().min(1),
    whyYouReceiveThis: z.string().min(1),
  })
  .strict();

/** assets/export/email/labels.json: every word the email adds around the articles, per language. */
export const EmailLabelsSchema = z.object({ en: LanguageLabelsSchema, be: LanguageLabelsSchema, ru: LanguageLabelsSchema }).strict();
export type EmailLabels = z.infer<typeof EmailLabelsSchema>;
export type LanguageEmailLabels = EmailLabels[Language];

/** A label with its `{name}` placeholders filled; unknown placeholders stay visible so a typo shows. */
export function fillLabel(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
