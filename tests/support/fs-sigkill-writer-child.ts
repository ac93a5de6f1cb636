// Saves versions startVersion, startVersion+1, ... of one document until killed, printing
// "ack N" after each save resolves. Run by saves-are-atomic-under-sigkill.test.ts.
import { atomicWriteFile } from '../../electron/services/fs/atomic-write';
import { nodeFsPort } from '../../electron/services/fs/fs-port';
import { sigkillDocumentText } from './fs-sigkill-document';

const [target, startArg] = process.argv.slice(2);
if (!target || !startArg) throw new Error('usage: fs-sigkill-writer-child <target> <startVersion>');

// Pipes are synchronous on POSIX, so each ack is out before the next save begins.
process.stdout.write('ready\n');
for (let version = Number(startArg); ; version++) {
  await atomicWriteFile(nodeFsPort, target, sigkillDocumentText(version));
  process.stdout.write(`ack ${version}\n`);
}
