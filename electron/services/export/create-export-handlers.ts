import path from 'node:path';
import { LANGUAGES } from '../../../shared/domain/language';
import type { Handlers } from '../../../shared/ipc/dispatcher';
import { AppError } from '../../../shared/ipc/error-codes';
import type { DesktopPort } from '../desktop/desktop-port';
import { importArticleFile } from '../import/import-article-file';
import type { Library } from '../library/library';
import { inspectArchive, importArchive } from './archive/import-archive';
import { checkIssueForExport, exportIssue } from './export-issue';
import type { FileGrants } from './file-grants';
import type { PdfPrinter } from './pdf-printer';
import type { Publication } from '../../../shared/export/publication';
import { isSafeRelativeExportPath } from './export-manifest';

type ExportChannel = Extract<keyof Handlers, `export:${string}` | `import:${string}`>;

export interface ExportHandlerDeps {
  library: Library;
  grants: FileGrants;
  desktop: DesktopPort | undefined;
  assetsDir: string;
  printPdf: PdfPrinter | null;
  publication: () => Promise<Publication>;
}

function desktopCan<K extends keyof DesktopPort>(desktop: DesktopPort | undefined, what: K): NonNullable<DesktopPort[K]> {
  const method = desktop?.[what];
  if (!method) throw new AppError('invalid-operation', 'only the desktop app can do this');
  return method.bind(desktop) as NonNullable<DesktopPort[K]>;
}

function absolute(chosen: string): string {
  if (!path.isAbsolute(chosen)) throw new AppError('invalid-request', 'the chosen path is not absolute');
  return path.resolve(chosen);
}

/** The export and import channels: paths only ever come from the OS dialogs, as tokens. */
export function createExportHandlers(deps: ExportHandlerDeps): Pick<Handlers, ExportChannel> {
  const { library, grants } = deps;
  return {
    'export:preflight': async ({ issueId, languages, formats }) => ({
      findings: await checkIssueForExport(
        library,
        { issueId, languages: languages ?? LANGUAGES, formats: formats ?? [] },
        { assetsDir: deps.assetsDir, publication: await deps.publication() },
      ),
    }),
    'export:choose-folder': async () => {
      const chosen = await desktopCan(deps.desktop, 'chooseExportFolder')();
      if (chosen === null) return { folderToken: null, path: null };
      const folder = absolute(chosen);
      return { folderToken: grants.grant('export-folder', folder), path: folder };
    },
    'export:run': async ({ issueId, formats, languages, folderToken, acceptErrors }) =>
      exportIssue(
        library,
        { issueId, formats, languages, folder: grants.resolve('export-folder', folderToken), acceptErrors },
        {
          assetsDir: deps.assetsDir,
          publication: await deps.publication(),
          printPdf: deps.printPdf,
          onProgress: (progress) => library.events.emit('export:progress', progress),
        },
      ),
    'export:show-in-folder': async ({ folderToken, path: relative }) => {
      if (!isSafeRelativeExportPath(relative)) throw new AppError('invalid-request', 'not a file of this export');
      const folder = grants.resolve('export-folder', folderToken);
      desktopCan(deps.desktop, 'showInFolder')(path.join(folder, ...relative.split('/')));
      return {};
    },
    'import:choose-file': async ({ kind }) => {
      const chosen = await desktopCan(deps.desktop, 'chooseImportFile')(kind);
      if (chosen === null) return { fileToken: null, name: null };
      const file = absolute(chosen);
      return { fileToken: grants.grant('import-file', file), name: path.basename(file) };
    },
    'import:article': ({ issueId, articleId, lang, fileToken, baseRevision }) =>
      importArticleFile(library, { issueId, articleId, lang, path: grants.resolve('import-file', fileToken), baseRevision }),
    'import:inspect-archive': ({ fileToken }) => inspectArchive(library, grants.resolve('import-file', fileToken)),
    'import:archive': ({ fileToken, whenExists }) => importArchive(library, grants.resolve('import-file', fileToken), whenExists),
  };
}
