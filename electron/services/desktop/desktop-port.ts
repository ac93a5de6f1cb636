/**
 * What only the desktop shell can do: OS dialogs, the file manager and a restart. The
 * Electron main passes an adapter; the browser transport and the tests pass none (or a
 * fake), and the channels answer `invalid-operation`.
 */
export interface DesktopPort {
  /** Resolves to an absolute folder path, or null when the user cancels. */
  chooseFolder(): Promise<string | null>;
  restart(): void;
  /** The folder an export is written to (absolute), or null when cancelled. */
  chooseExportFolder?(): Promise<string | null>;
  /** A file to import (absolute): an article file (DOCX, Markdown, HTML) or a .triptych archive. */
  chooseImportFile?(kind: 'article' | 'archive'): Promise<string | null>;
  /** Shows a file selected in the OS file manager. */
  showInFolder?(absolutePath: string): void;
}
