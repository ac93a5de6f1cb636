import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Language } from '../../../../shared/domain/language';

const Color = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'a colour is six hex digits, RRGGBB');
const Size = z.number().nonnegative().max(500);

const BorderSchema = z.object({ color: Color, sizeEighthsPt: z.number().int().min(2).max(96), spacePt: Size }).strict();

const TextStyleSchema = z
  .object({
    font: z.string().min(1).max(100).optional(),
    sizePt: z.number().min(1).max(200).optional(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    smallCaps: z.boolean().optional(),
    allCaps: z.boolean().optional(),
    color: Color.optional(),
    letterSpacingPt: z.number().min(-5).max(20).optional(),
    lineSpacing: z.number().min(0.5).max(4).optional(),
    spaceBeforePt: Size.optional(),
    spaceAfterPt: Size.optional(),
    indentLeftMm: Size.optional(),
    alignment: z.enum(['left', 'center', 'right', 'justified']).optional(),
    keepWithNext: z.boolean().optional(),
    borderBottom: BorderSchema.optional(),
    borderLeft: BorderSchema.optional(),
  })
  .strict();
export type DocxTextStyle = z.infer<typeof TextStyleSchema>;

export const DOCX_STYLE_NAMES = [
  'masthead',
  'issueLine',
  'contentsHeading',
  'contentsEntry',
  'contentsEnd',
  'rubric',
  'title',
  'lead',
  'byline',
  'heading2',
  'heading3',
  'quote',
  'footer',
] as const;
export type DocxStyleName = (typeof DOCX_STYLE_NAMES)[number];

const DocxStylesSchema = z
  .object({
    $comment: z.string().optional(),
    /** For each font the styles name: its kind and the fonts a reader's Word tries when it is missing. */
    fonts: z.record(
      z.string().min(1).max(100),
      z.object({ family: z.enum(['roman', 'swiss', 'modern', 'script', 'decorative', 'auto']), alternatives: z.array(z.string().min(1).max(100)) }).strict(),
    ),
    page: z
      .object({
        widthMm: z.number().min(50).max(1000),
        heightMm: z.number().min(50).max(1000),
        marginTopMm: Size,
        marginBottomMm: Size,
        marginLeftMm: Size,
        marginRightMm: Size,
        footerMm: Size,
      })
      .strict(),
    hyphenation: z.boolean(),
    text: TextStyleSchema.required({ font: true, sizePt: true }),
    styles: z.object(Object.fromEntries(DOCX_STYLE_NAMES.map((name) => [name, TextStyleSchema])) as Record<DocxStyleName, typeof TextStyleSchema>).strict(),
    link: z.object({ color: Color, underline: z.boolean() }).strict(),
    rule: z.object({ color: Color, sizeEighthsPt: z.number().int().min(2).max(96), spaceBeforePt: Size, spaceAfterPt: Size }).strict(),
    lists: z
      .object({
        indentMm: Size,
        hangingMm: Size,
        spaceAfterPt: Size,
        bullets: z.array(z.string().min(1).max(4)).min(1),
        numberFormats: z.array(z.enum(['decimal', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman'])).min(1),
      })
      .strict(),
  })
  .strict();
export type DocxStyles = z.infer<typeof DocxStylesSchema>;

const LabelsSchema = z
  .object({
    /** `{number}` is replaced by the issue number. */
    issueNumber: z.string().includes('{number}'),
    contents: z.string().min(1),
    author: z.string().min(1),
    authors: z.string().min(1),
    /** `{page}` and `{pages}` become Word page-number fields. */
    page: z.string().includes('{page}'),
  })
  .strict();
export type DocxLabels = z.infer<typeof LabelsSchema>;
const AllLabelsSchema = z.object({ en: LabelsSchema, be: LabelsSchema, ru: LabelsSchema }).strict();

export interface DocxTheme {
  styles: DocxStyles;
  labels: DocxLabels;
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown;
}

/**
 * The designer-editable look (`assets/export/docx/styles.json`) and the reader-visible words
 * (`labels.json`) for one language. Both are validated so that a typo in a colour names the
 * field instead of producing a document Word refuses to open.
 */
export async function loadDocxTheme(assetsDir: string, lang: Language): Promise<DocxTheme> {
  const dir = path.join(assetsDir, 'export', 'docx');
  const styles = DocxStylesSchema.parse(await readJson(path.join(dir, 'styles.json')));
  const labels = AllLabelsSchema.parse(await readJson(path.join(dir, 'labels.json')))[lang];
  return { styles, labels };
}
