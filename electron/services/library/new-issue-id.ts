import { randomSuffix } from '../../../shared/domain/identifiers';
import { pathExists } from './path-exists';
import type { Library } from './library';
import { listIssueIds } from './list-issues';
import { mappingFsErrors } from './to-app-error';

/** A fresh issue id `<periodStart>-xxxx` that names no folder yet. */
export async function newIssueId(library: Library, periodStart: string): Promise<string> {
  const taken = new Set(await listIssueIds(library));
  for (;;) {
    const id = `${periodStart}-${randomSuffix(library.random, 4)}`;
    if (!taken.has(id) && !(await mappingFsErrors(() => pathExists(library.fs, library.layout.issueDir(id))))) return id;
  }
}
