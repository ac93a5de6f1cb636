import path from 'node:path';
import { z } from 'zod';
import type { FsPort } from '../fs/fs-port';
import { atomicWriteFile } from '../fs/atomic-write';

/**
 * `.triptych-export.json` in an export folder: which files each issue's last export made
 * there. A re-export then replaces and removes only its own files; whatever else the editor
 * keeps in that folder (a logo, a CMS's files, another issue's export) is never touched.
 */
export const EXPORT_MANIFEST_FILE_NAME = '.triptych-export.json';

const ManifestSchema = z.object({
  format: z.literal('triptych-export-manifest'),
  formatVersion: z.literal(1),
  issues: z.record(z.string(), z.array(z.string().max(1024))),
});
type Manifest = z.infer<typeof ManifestSchema>;

const EMPTY: Manifest = { format: 'triptych-export-manifest', formatVersion: 1, issues: {} };

/** The manifest in `folder`; an absent or damaged one reads as empty (we then remove nothing). */
export async function readExportManifest(fs: FsPort, folder: string): Promise<Manifest> {
  try {
    const bytes = await fs.readFile(path.join(folder, EXPORT_MANIFEST_FILE_NAME));
    const parsed = ManifestSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    return parsed.success ? parsed.data : structuredClone(EMPTY);
  } catch {
    return structuredClone(EMPTY);
  }
}

export async function writeExportManifest(fs: FsPort, folder: string, manifest: Manifest): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(manifest.issues).sort(([a], [b]) => a.localeCompare(b)));
  await atomicWriteFile(fs, path.join(folder, EXPORT_MANIFEST_FILE_NAME), `${JSON.stringify({ ...manifest, issues: sorted }, null, 2)}\n`);
}

/**
 * A manifest entry is only trusted as a path inside the folder: a crafted manifest must
 * not make a re-export delete `../../something`.
 */
export function isSafeRelativeExportPath(relative: string): boolean {
  if (relative.length === 0 || relative.includes('\0') || relative.includes('\\')) return false;
  if (path.posix.isAbsolute(relative) || /^[A-Za-z]:/.test(relative)) return false;
  const normal = path.posix.normalize(relative);
  return normal === relative && !normal.startsWith('../') && normal !== '..' && !normal.split('/').includes('..');
}
