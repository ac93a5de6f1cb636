// Journals edits `edit <n>`, `edit <n+1>`, ... of one article until killed, printing "ack N"
// once each journal:write has resolved. Run by journaled-edits-survive-sigkill.test.ts.
import { createServices } from '../../../electron/services/create-services';
import { createSettingsService } from '../../../electron/services/settings/settings-service';
import { ArticleSchema } from '../../../shared/domain/article';
import { createDispatcher } from '../../../shared/ipc/dispatcher';
import { journaledEdit } from './journaled-edit';

const [libraryDir, issueId, articleId, startArg, baseRevision, articleJson] = process.argv.slice(2);
if (!libraryDir || !issueId || !articleId || !startArg || baseRevision === undefined || !articleJson) {
  throw new Error('usage: journal-writer-child <libraryDir> <issueId> <articleId> <startVersion> <baseRevision> <articleJson>');
}
const base = ArticleSchema.parse(JSON.parse(articleJson));
let stored: unknown = {};
const settings = createSettingsService({ read: () => stored, write: (value) => (stored = value) });
const services = await createServices({ libraryDir, settings, watcher: null, lock: { staleMs: 2000, waitMs: 15_000 } });
const dispatch = createDispatcher(services.handlers);

// Pipes are synchronous on POSIX, so each ack is out before the next write begins.
process.stdout.write('ready\n');
for (let version = Number(startArg); ; version++) {
  const result = await dispatch('journal:write', { issueId, articleId, article: journaledEdit(base, version), baseRevision });
  if (!result.ok) throw new Error(`journal:write failed: ${JSON.stringify(result.error)}`);
  process.stdout.write(`ack ${version}\n`);
}
