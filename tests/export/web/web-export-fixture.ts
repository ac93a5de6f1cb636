import { LANGUAGES, type Language } from '../../../shared/domain/language';
import { languageEdition, type Edition } from '../../../shared/export/language-edition';
import type { IssueForExport } from '../../../shared/export/issue-for-export';
import type { Publication } from '../../../shared/export/publication';
import { exportWebEdition } from '../../../electron/services/export/web/export-web-edition';
import { sourceAssetsDir } from '../../../electron/services/source-assets-dir';
import { issueForExportFixture, PUBLICATION } from '../support/issue-for-export-fixture';

export interface WebExport {
  editions: Record<Language, Edition>;
  /** Every file of the run by its export path, as text. */
  files: Map<string, string>;
}

/** The web export of an issue (the shared fixture by default) in the given languages, in memory. */
export async function exportWeb(
  languages: readonly Language[] = LANGUAGES,
  input: IssueForExport = issueForExportFixture(),
  publication: Publication = PUBLICATION,
): Promise<WebExport> {
  const editions = {} as Record<Language, Edition>;
  const files = new Map<string, string>();
  for (const lang of languages) {
    const edition = languageEdition(input, lang, publication);
    editions[lang] = edition;
    for (const file of await exportWebEdition(edition, { assetsDir: sourceAssetsDir(), languages, printPdf: null })) {
      if (typeof file.content !== 'string') throw new Error(`${file.path} is not text`);
      if (files.has(file.path)) throw new Error(`${file.path} written twice`);
      files.set(file.path, file.content);
    }
  }
  return { editions, files };
}

export function fileOf(run: WebExport, path: string): string {
  const content = run.files.get(path);
  if (content === undefined) throw new Error(`no ${path} among ${[...run.files.keys()].join(', ')}`);
  return content;
}
