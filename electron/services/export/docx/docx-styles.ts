import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  type IBaseParagraphStyleOptions,
  type IBordersOptions,
  type IParagraphStyleOptions,
  type IRunStylePropertiesOptions,
  type IStylesOptions,
} from 'docx';
import type { DocxStyleName, DocxStyles, DocxTextStyle } from './docx-theme';

/** Twentieths of a point, Word's unit for spacing and indents. */
export const ptToTwips = (pt: number): number => Math.round(pt * 20);
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/**
 * Paragraph style ids used in the document. Headings and the title use Word's built-in ids so the
 * navigation pane, outline view and a table of contents a reader adds all work; the rest are
 * named so an editor sees "Lead" or "Quote" in the style list rather than direct formatting.
 */
export const DOCX_STYLE_IDS = {
  masthead: 'Title',
  issueLine: 'Subtitle',
  contentsHeading: 'ContentsHeading',
  contentsEntry: 'ContentsEntry',
  contentsEnd: 'ContentsEnd',
  rubric: 'Rubric',
  title: 'Heading1',
  lead: 'Lead',
  byline: 'Byline',
  heading2: 'Heading2',
  heading3: 'Heading3',
  quote: 'Quote',
  footer: 'Footer',
} as const satisfies Record<DocxStyleName, string>;

/** A character style with the rubric's look (not its size), for rubric names inside other lines. */
export const DOCX_RUBRIC_CHARACTER_STYLE = 'RubricLabel';

const STYLE_DISPLAY_NAMES: Record<DocxStyleName, string> = {
  masthead: 'Title',
  issueLine: 'Subtitle',
  contentsHeading: 'Contents Heading',
  contentsEntry: 'Contents Entry',
  contentsEnd: 'Contents End',
  rubric: 'Rubric',
  title: 'Heading 1',
  lead: 'Lead',
  byline: 'Byline',
  heading2: 'Heading 2',
  heading3: 'Heading 3',
  quote: 'Quote',
  footer: 'Footer',
};

const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justified: AlignmentType.JUSTIFIED } as const;

function runProperties(style: DocxTextStyle): IRunStylePropertiesOptions {
  return {
    ...(style.font !== undefined ? { font: style.font } : {}),
    ...(style.sizePt !== undefined ? { size: Math.round(style.sizePt * 2) } : {}),
    ...(style.bold !== undefined ? { bold: style.bold } : {}),
    ...(style.italic !== undefined ? { italics: style.italic } : {}),
    ...(style.smallCaps !== undefined ? { smallCaps: style.smallCaps } : {}),
    ...(style.allCaps !== undefined ? { allCaps: style.allCaps } : {}),
    ...(style.color !== undefined ? { color: style.color } : {}),
    ...(style.letterSpacingPt !== undefined ? { characterSpacing: ptToTwips(style.letterSpacingPt) } : {}),
  };
}

function borders(style: DocxTextStyle): IBordersOptions | undefined {
  const side = (b: NonNullable<DocxTextStyle['borderBottom']>) => ({ style: BorderStyle.SINGLE, color: b.color, size: b.sizeEighthsPt, space: b.spacePt });
  if (!style.borderBottom && !style.borderLeft) return undefined;
  return { ...(style.borderBottom ? { bottom: side(style.borderBottom) } : {}), ...(style.borderLeft ? { left: side(style.borderLeft) } : {}) };
}

function paragraphStyle(style: DocxTextStyle): IBaseParagraphStyleOptions {
  const border = borders(style);
  return {
    run: runProperties(style),
    paragraph: {
      spacing: {
        ...(style.spaceBeforePt !== undefined ? { before: ptToTwips(style.spaceBeforePt) } : {}),
        ...(style.spaceAfterPt !== undefined ? { after: ptToTwips(style.spaceAfterPt) } : {}),
        ...(style.lineSpacing !== undefined ? { line: Math.round(style.lineSpacing * 240), lineRule: LineRuleType.AUTO } : {}),
      },
      ...(style.indentLeftMm !== undefined ? { indent: { left: mmToTwips(style.indentLeftMm) } } : {}),
      ...(style.alignment !== undefined ? { alignment: ALIGNMENT[style.alignment] } : {}),
      ...(style.keepWithNext !== undefined ? { keepNext: style.keepWithNext } : {}),
      ...(border ? { border } : {}),
    },
  };
}

/** Word language tags: spelling, hyphenation and grammar follow the run's language. */
export const DOCX_LANGUAGE_TAG = { en: 'en-US', be: 'be-BY', ru: 'ru-RU' } as const;

/**
 * The document's styles from the designer's styles.json, with the edition's language as the
 * default so that text typed later in Word is spell-checked in the right language too.
 */
export function docxStyles(theme: DocxStyles, languageTag: string): IStylesOptions {
  const named = (name: DocxStyleName): IBaseParagraphStyleOptions & { name: string } => ({
    ...paragraphStyle(theme.styles[name]),
    name: STYLE_DISPLAY_NAMES[name],
  });
  const custom = (name: DocxStyleName, next = 'Normal'): IParagraphStyleOptions => ({
    id: DOCX_STYLE_IDS[name],
    basedOn: 'Normal',
    next,
    quickFormat: true,
    ...named(name),
  });
  return {
    default: {
      document: {
        run: { ...runProperties(theme.text), language: { value: languageTag } },
        paragraph: paragraphStyle(theme.text).paragraph ?? {},
      },
      title: { ...named('masthead'), next: DOCX_STYLE_IDS.issueLine },
      heading1: { ...named('title'), next: DOCX_STYLE_IDS.lead },
      heading2: named('heading2'),
      heading3: named('heading3'),
      listParagraph: { name: 'List Paragraph', paragraph: { spacing: { after: ptToTwips(theme.lists.spaceAfterPt) }, contextualSpacing: false } },
      hyperlink: { name: 'Hyperlink', run: { color: theme.link.color, ...(theme.link.underline ? { underline: {} } : {}) } },
    },
    paragraphStyles: [
      custom('issueLine'),
      custom('contentsHeading', DOCX_STYLE_IDS.contentsEntry),
      custom('contentsEntry', DOCX_STYLE_IDS.contentsEntry),
      custom('contentsEnd'),
      custom('rubric', DOCX_STYLE_IDS.title),
      custom('lead', DOCX_STYLE_IDS.byline),
      custom('byline'),
      custom('quote', DOCX_STYLE_IDS.quote),
      custom('footer', DOCX_STYLE_IDS.footer),
    ],
    characterStyles: [
      {
        id: DOCX_RUBRIC_CHARACTER_STYLE,
        name: 'Rubric Label',
        basedOn: 'DefaultParagraphFont',
        run: { ...runProperties({ ...theme.styles.rubric, sizePt: undefined, font: undefined }) },
      },
    ],
  };
}
