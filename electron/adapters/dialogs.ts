import { dialog, type BrowserWindow, type MessageBoxOptions, type OpenDialogOptions } from 'electron';

/** Asks the user for a library folder; null when cancelled. */
export async function chooseLibraryFolder(parent: BrowserWindow | null, title = 'Choose the library folder'): Promise<string | null> {
  const options: OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory', 'promptToCreate'] };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export interface ErrorMessage {
  title: string;
  message: string;
  detail?: string;
}

/** A modal error the user can read (D3); never a raw stack. */
export async function showErrorMessage(parent: BrowserWindow | null, error: ErrorMessage): Promise<void> {
  const options: MessageBoxOptions = {
    type: 'error',
    title: error.title,
    message: error.message,
    ...(error.detail === undefined ? {} : { detail: error.detail }),
    buttons: ['OK'],
    noLink: true,
  };
  if (parent) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}

/** For failures before or without any window (e.g. startup); safe before `ready`. */
export function showFatalError(title: string, content: string): void {
  dialog.showErrorBox(title, content);
}

/**
 * The renderer refused to unload because a save is pending or failed. Asked synchronously:
 * `will-prevent-unload` decides on the spot. True means close anyway.
 */
export interface UnsavedChangesTexts {
  unsavedTitle: string;
  unsavedMessage: string;
  unsavedDetail: string;
  keepEditing: string;
  closeAnyway: string;
}

export function confirmCloseWithUnsavedChanges(parent: BrowserWindow, texts: UnsavedChangesTexts): boolean {
  const choice = dialog.showMessageBoxSync(parent, {
    type: 'warning',
    title: texts.unsavedTitle,
    message: texts.unsavedMessage,
    detail: texts.unsavedDetail,
    buttons: [texts.keepEditing, texts.closeAnyway],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return choice === 1;
}

/** Asks for the folder an export is written to; null when cancelled. */
export async function chooseExportFolder(parent: BrowserWindow | null, title: string): Promise<string | null> {
  const options: OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory', 'promptToCreate'] };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export interface ImportDialogTexts {
  title: string;
  articleFiles: string;
  archiveFiles: string;
}

/** Asks for a file to import: an article's text (DOCX, Markdown, HTML) or a whole issue archive. */
export async function chooseImportFile(parent: BrowserWindow | null, kind: 'article' | 'archive', texts: ImportDialogTexts): Promise<string | null> {
  const filters =
    kind === 'article'
      ? [{ name: texts.articleFiles, extensions: ['docx', 'md', 'markdown', 'html', 'htm'] }]
      : [{ name: texts.archiveFiles, extensions: ['triptych'] }];
  const options: OpenDialogOptions = { title: texts.title, properties: ['openFile'], filters };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
