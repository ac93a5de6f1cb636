import type { Language, LocalizedText } from '../../../shared/domain/language';
import type { ProseDoc } from '../../../shared/domain/prose-doc';
import type { VersionStatus } from '../../../shared/domain/statuses';

export interface SampleArticleVersion {
  status: VersionStatus;
  title: string;
  lead: string;
  body: ProseDoc;
}

/** The written content of one sample article; ids and timestamps are added when the issue is created. */
export interface SampleArticle {
  /** One of DEFAULT_RUBRICS, so the sample shows real rubric names in every language. */
  rubric: string;
  authors: LocalizedText[];
  sourceLanguage: Language;
  versions: Record<Language, SampleArticleVersion>;
}
