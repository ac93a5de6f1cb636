import { DOMParser as ProseMirrorDOMParser } from '@tiptap/pm/model';
import type { ProseDoc } from '../../../shared/domain/prose-doc';
import { blockText } from '../../../shared/editor/alignment/block-texts';
import { documentSchema } from '../../../shared/editor/document-schema';
import { cleanPastedHtml } from '../../../shared/editor/paste/clean-pasted-html';
import { validateBody } from '../../../shared/editor/validate-body';
import type { ImportNotice } from '../../../shared/export/import-result';
import { countImages, hasDroppedFormatting } from './count-import-losses';
import { flattenTables } from './flatten-tables';
import type { ImportSource } from './import-source';
import { malformedFile } from './malformed-file';
import { markRefusedLinks, unlinkRefusedLinks } from './refused-links';

/** A file's text as it will replace one language version, before block ids are given. */
export interface ImportedVersion {
  title: string | null;
  lead: string | null;
  /** Fits the editor schema, link policy applied; top-level blocks have `blockId: null`. */
  body: ProseDoc;
  /** What was left out, in the order of IMPORT_NOTICE_CODES; only what happened. */
  notices: ImportNotice[];
}

/**
 * The one path every imported file takes (X1): the reader's inert document → tables to
 * paragraphs → the paste cleaner → the editor schema's own parser → the load-time check
 * (X2/X4). What is lost on the way is counted before it goes.
 */
export function importedVersion(source: ImportSource): ImportedVersion {
  const { document } = source;
  const root = document.body ?? document.documentElement;
  if (!root) throw malformedFile('the file holds no document');
  const images = source.imagesDropped + countImages(root);
  markRefusedLinks(root);
  const formatting = hasDroppedFormatting(root);
  const tables = flattenTables(root);
  cleanPastedHtml(document);
  // The cleaner marks the first element with the clipboard's slice context; a file is not a slice.
  root.firstElementChild?.removeAttribute('data-pm-slice');
  const parsed = ProseMirrorDOMParser.fromSchema(documentSchema()).parse(root);
  const unlinked = unlinkRefusedLinks(parsed.toJSON() as ProseDoc);
  const checked = validateBody(unlinked.doc);
  if (!checked.ok) throw malformedFile(`its text does not fit an article (${checked.detail})`);
  const refusedLinks = unlinked.count + checked.removedLinks;

  const hasText = (checked.doc.content ?? []).some((block) => blockText(block).trim() !== '');
  if (!hasText && source.title === null && source.lead === null) throw malformedFile('it holds no text');

  const notices: ImportNotice[] = [];
  if (images > 0) notices.push({ code: 'images-dropped', count: images });
  if (tables > 0) notices.push({ code: 'tables-flattened', count: tables });
  if (refusedLinks > 0) notices.push({ code: 'links-removed', count: refusedLinks });
  if (formatting) notices.push({ code: 'formatting-dropped', count: null });
  if (source.title !== null && source.titleFromHeading) notices.push({ code: 'title-from-heading', count: null });
  return { title: source.title, lead: source.lead, body: checked.doc, notices };
}
