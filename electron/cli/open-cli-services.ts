import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/error-codes';
import { createServices, type Services } from '../services/create-services';
import type { PdfPrinter } from '../services/export/pdf-printer';
import { repairSettings } from '../services/settings/repair-settings';
import type { SettingsService } from '../services/settings/settings-service';
import type { CliIo } from './cli-io';
import { UsageError } from './cli-io';
import { appSettingsDir, defaultLibraryDir } from './default-library-dir';

/**
 * The app's settings as the command line sees them: read, repaired field by field, never
 * written (the CLI must not change what the desktop app shows).
 */
function readOnlySettings(io: CliIo): SettingsService {
  let stored: unknown = null;
  try {
    stored = JSON.parse(fs.readFileSync(path.join(appSettingsDir(io.env), 'settings.json'), 'utf8'));
  } catch {
    // No settings file: defaults.
  }
  const { settings } = repairSettings(stored);
  return {
    get: async () => structuredClone(settings),
    update: async () => {
      throw new AppError('invalid-operation', 'the command line does not change settings');
    },
  };
}

export interface CliServicesOptions {
  library: string | undefined;
  /** new-issue may start a library in an empty or missing folder; the others need one. */
  mayCreate?: boolean;
  printPdf?: PdfPrinter | null;
}

/** The same services as the app, over the chosen library, with no file watcher and no sample. */
export async function openCliServices(io: CliIo, options: CliServicesOptions): Promise<Services> {
  const libraryDir = options.library ? path.resolve(io.cwd, options.library) : defaultLibraryDir(io.env);
  if (!options.mayCreate && !fs.existsSync(path.join(libraryDir, 'library.json'))) {
    throw new UsageError(`there is no Triptych library at ${libraryDir} (start the app once, or pass --library DIR)`);
  }
  return createServices({
    libraryDir,
    settings: readOnlySettings(io),
    watcher: null,
    createSample: false,
    lock: { waitMs: 0 },
    printPdf: options.printPdf ?? null,
  });
}
