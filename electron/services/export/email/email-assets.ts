import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { BodyElement } from '../html/render-body-html';
import { EmailLabelsSchema, type EmailLabels } from './email-labels';

/** What a designer can change about the email without touching code. */
export interface EmailAssets {
  /** Path of the mjml template, for error messages. */
  templatePath: string;
  /** The mustache-wrapped mjml skeleton. */
  template: string;
  labels: EmailLabels;
  /** Inline styles for the article body's elements. */
  bodyStyles: Partial<Record<BodyElement, string>>;
}

const BODY_ELEMENTS = ['p', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'hr', 'a', 'strong', 'em', 's'] as const satisfies readonly BodyElement[];

const BodyStylesSchema = z
  .object({
    $comment: z.string().optional(),
    // A style is written into an attribute (escaped), but `url(` would still fetch a remote image (X3).
    ...Object.fromEntries(BODY_ELEMENTS.map((element) => [element, z.string().refine((css) => !/url\s*\(|@import|expression\s*\(/i.test(css), 'no url(), @import or expression() in an email style').optional()])),
  })
  .strict();

const cache = new Map<string, Promise<EmailAssets>>();

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

async function load(dir: string): Promise<EmailAssets> {
  const templatePath = path.join(dir, 'newsletter.mjml.mustache');
  const [template, labels, styles] = await Promise.all([
    readFile(templatePath, 'utf8'),
    readJson(path.join(dir, 'labels.json')),
    readJson(path.join(dir, 'body-styles.json')),
  ]);
  const { $comment: _comment, ...bodyStyles } = BodyStylesSchema.parse(styles);
  return { templatePath, template, labels: EmailLabelsSchema.parse(labels), bodyStyles: bodyStyles as EmailAssets['bodyStyles'] };
}

/**
 * The email's template, labels and body styles under `assetsDir/export/email`, read once per
 * folder (an export renders three languages, a check before export renders them again).
 * A failed read is not remembered, so fixing the file and retrying works.
 */
export function loadEmailAssets(assetsDir: string): Promise<EmailAssets> {
  const dir = path.resolve(assetsDir, 'export', 'email');
  let pending = cache.get(dir);
  if (!pending) {
    pending = load(dir);
    cache.set(dir, pending);
    pending.catch(() => cache.delete(dir));
  }
  return pending;
}
