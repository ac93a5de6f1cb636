import { LANGUAGES, type Language } from '../../shared/domain/language';
import type { ExportFormat } from '../../shared/export/export-formats';

/** What the export dialog offers again next time it opens. */
export interface ExportChoices {
  formats: ExportFormat[];
  languages: Language[];
  /** The folder chosen in the OS dialog: a token for main, the path to show. */
  folder: { token: string; path: string } | null;
}

// Kept for the session only: folder tokens are granted by this run of the app, so a
// remembered token would be refused after a restart anyway.
let remembered: ExportChoices = { formats: ['html', 'email', 'pdf'], languages: [...LANGUAGES], folder: null };

export function rememberedExportChoices(): ExportChoices {
  return remembered;
}

export function rememberExportChoices(choices: ExportChoices): void {
  remembered = choices;
}
