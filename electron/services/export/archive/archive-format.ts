import { ARTICLE_KEY_ORDER } from '../../../../shared/domain/article';
import { ISSUE_KEY_ORDER } from '../../../../shared/domain/issue';

/** The `format` field that says a JSON file is a Triptych issue archive. */
export const ARCHIVE_FORMAT = 'triptych-issue';

/** Raised only when an older Triptych could not read the new archives correctly. */
export const ARCHIVE_FORMAT_VERSION = 1;

/** Larger archives are refused before they are read. */
export const MAX_ARCHIVE_BYTES = 100 * 1024 * 1024;

// Each part keeps the key order of its file in the library, so an archived article reads
// (and diffs) exactly like the article file it came from.
export const ARCHIVE_ISSUE_KEY_ORDER = ISSUE_KEY_ORDER;
export const ARCHIVE_ARTICLE_KEY_ORDER = ARTICLE_KEY_ORDER;
export const ARCHIVE_RUBRIC_KEY_ORDER = ['id', 'name', 'en', 'be', 'ru'];
