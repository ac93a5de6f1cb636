/** One file an exporter produced, before it is written. */
export interface ExportedFile {
  /** Relative to the export folder, with `/` separators (see export-file-names). */
  path: string;
  content: string | Uint8Array;
}
