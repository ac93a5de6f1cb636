import type { Language } from '../../../shared/domain/language';
import type { Edition } from '../../../shared/export/language-edition';
import type { ExportedFile } from '../../../shared/export/exported-file';
import type { PdfPrinter } from './pdf-printer';

export interface ExportContext {
  /** The app's `assets` folder: templates and stylesheets a designer can change. */
  assetsDir: string;
  /** Every language of this export run, so pages can link to their translations. */
  languages: readonly Language[];
  /** Prints HTML to PDF; null where no Chromium is available (PDF then fails with program-missing). */
  printPdf: PdfPrinter | null;
}

/** Renders one language edition of an issue in one format. */
export type EditionExporter = (edition: Edition, context: ExportContext) => Promise<ExportedFile[]>;
