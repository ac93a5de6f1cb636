// Holds a library lock for library-lock tests. Prints one JSON line per event:
// {"event":"acquired"} | {"event":"locked","holder":...} (exit 3) | {"event":"released"}
// | {"event":"compromised"} | {"event":"error","code":...} (exit 1). "release" on stdin releases it.
import { createInterface } from 'node:readline';
import { acquireLibraryLock, LibraryLockedError } from '../../electron/services/fs/library-lock';

const [libraryDir, staleArg, waitArg] = process.argv.slice(2);
if (!libraryDir) throw new Error('usage: fs-lock-child <libraryDir> [staleMs] [waitMs]');
const say = (message: object) => process.stdout.write(`${JSON.stringify({ pid: process.pid, ...message })}\n`);

try {
  const lock = await acquireLibraryLock(libraryDir, {
    staleMs: Number(staleArg ?? 2000),
    waitMs: Number(waitArg ?? 0),
    onCompromised: () => say({ event: 'compromised' }),
  });
  say({ event: 'acquired' });
  createInterface({ input: process.stdin }).on('line', async (line) => {
    if (line.trim() !== 'release') return;
    await lock.release();
    say({ event: 'released' });
    process.exit(0);
  });
} catch (err) {
  if (err instanceof LibraryLockedError) {
    say({ event: 'locked', holder: err.holder ?? null });
    process.exit(3);
  }
  say({ event: 'error', code: (err as { code?: string }).code ?? String(err) });
  process.exit(1);
}
