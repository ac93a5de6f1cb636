import { LANGUAGES, type Language } from '../../shared/domain/language';
import { moveItem } from './move-item';

/** Every language once: the shown ones in their order first, then the hidden ones. */
export function columnRows(visible: readonly Language[]): Language[] {
  return [...visible, ...LANGUAGES.filter((lang) => !visible.includes(lang))];
}

/** Shows (appended at the end) or hides a column; the last shown column cannot be hidden. */
export function toggleColumn(visible: readonly Language[], lang: Language, show: boolean): Language[] {
  if (show) return visible.includes(lang) ? [...visible] : [...visible, lang];
  if (visible.length <= 1) return [...visible];
  return visible.filter((l) => l !== lang);
}

/** Moves a shown column one place left (-1) or right (+1); a hidden one stays put. */
export function moveColumn(visible: readonly Language[], lang: Language, delta: -1 | 1): Language[] {
  const from = visible.indexOf(lang);
  if (from < 0) return [...visible];
  return moveItem(visible, from, from + delta);
}
