import type { FsPort } from '../fs/fs-port';

/** fsyncs a folder so that entries created, renamed or removed in it survive a power cut. */
export async function syncDirectory(fs: FsPort, dir: string): Promise<void> {
  const handle = await fs.openDirectory(dir);
  try {
    await handle.sync();
  } finally {
    // Closing a read-only directory descriptor flushes nothing; its failure is not a lost write.
    await handle.close().catch(() => {});
  }
}
