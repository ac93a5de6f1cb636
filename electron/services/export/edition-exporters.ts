import type { ExportFormat } from '../../../shared/export/export-formats';
import type { EditionExporter } from './edition-exporter';
import { exportDocxEdition } from './docx/export-docx-edition';
import { exportEmailEdition } from './email/export-email-edition';
import { exportMarkdownEdition } from './markdown/export-markdown-edition';
import { exportPdfEdition } from './pdf/export-pdf-edition';
import { exportWebEdition } from './web/export-web-edition';

export type EditionFormat = Exclude<ExportFormat, 'archive'>;

/** Every per-language format; the archive holds all languages and is made once per issue. */
export const EDITION_EXPORTERS: Readonly<Record<EditionFormat, EditionExporter>> = {
  html: exportWebEdition,
  email: exportEmailEdition,
  pdf: exportPdfEdition,
  docx: exportDocxEdition,
  md: exportMarkdownEdition,
};
