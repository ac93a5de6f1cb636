import { expect, test } from 'vitest';
import { isWindowsDirSyncUnsupported, nodeFsPort } from '../../../electron/services/fs/fs-port';
import { errnoError } from '../../support/fs-fault-injecting-fs';
import { useTempDir } from '../../support/fs-temp-dir';

const dir = useTempDir();

test.each(['EPERM', 'EISDIR', 'EINVAL'])('on Windows a folder %s is "not supported", elsewhere a real error', (code) => {
  const err = errnoError(code, 'fsync', 'C:\\library');
  expect(isWindowsDirSyncUnsupported(err, 'win32')).toBe(true);
  expect(isWindowsDirSyncUnsupported(err, 'linux')).toBe(false);
  expect(isWindowsDirSyncUnsupported(err, 'darwin')).toBe(false);
});

test('on Windows other folder errors still surface', () => {
  for (const code of ['EIO', 'ENOSPC', 'ENOENT']) {
    expect(isWindowsDirSyncUnsupported(errnoError(code, 'fsync', 'C:\\library'), 'win32')).toBe(false);
  }
});

test('here a folder really is opened and fsynced', async () => {
  const handle = await nodeFsPort.openDirectory(dir.path);
  await handle.sync();
  await handle.close();
});
