import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx';
import type { DocxStyles } from './docx-theme';
import { mmToTwips } from './docx-styles';

/** Word allows nine list levels; deeper nesting (never made by the editor) stays at the last. */
export const MAX_LIST_LEVEL = 8;

/** Where a list level's text starts and how far its bullet or number hangs before it, in twips. */
export function listIndent(lists: DocxStyles['lists'], level: number): { left: number; hanging: number } {
  return { left: mmToTwips(lists.indentMm * (level + 1)), hanging: mmToTwips(lists.hangingMm) };
}

function levels(lists: DocxStyles['lists'], level: (index: number) => Pick<ILevelsOptions, 'format' | 'text'>, start: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, index) => ({
    level: index,
    start,
    alignment: AlignmentType.LEFT,
    ...level(index),
    style: { paragraph: { indent: listIndent(lists, index) } },
  }));
}

/** The one bullet list definition; each list in the text is its own instance of it. */
export function bulletListDefinition(lists: DocxStyles['lists']): NumberingDefinition {
  return {
    reference: 'triptych-bullets',
    levels: levels(lists, (index) => ({ format: LevelFormat.BULLET, text: lists.bullets[index % lists.bullets.length] ?? '•' }), 1),
  };
}

/**
 * A numbered list definition counting from `start`. Word restarts a list at the level's
 * `start` only, so each distinct first number needs its own definition; every list still
 * gets its own instance so that two lists with the same start do not continue each other.
 */
export function orderedListDefinition(lists: DocxStyles['lists'], start: number): NumberingDefinition {
  return {
    reference: `triptych-numbers-from-${start}`,
    levels: levels(
      lists,
      (index) => ({ format: LevelFormat[formatKey(lists.numberFormats[index % lists.numberFormats.length] ?? 'decimal')], text: `%${index + 1}.` }),
      start,
    ),
  };
}

const FORMAT_KEYS = {
  decimal: 'DECIMAL',
  lowerLetter: 'LOWER_LETTER',
  upperLetter: 'UPPER_LETTER',
  lowerRoman: 'LOWER_ROMAN',
  upperRoman: 'UPPER_ROMAN',
} as const;

function formatKey(format: DocxStyles['lists']['numberFormats'][number]): (typeof FORMAT_KEYS)[keyof typeof FORMAT_KEYS] {
  return FORMAT_KEYS[format];
}

/** The editor's `start` attribute as Word can number it: a whole number from 0, 1 otherwise. */
export function listStart(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(Math.trunc(value), 32767) : 1;
}
