import type { Article } from '../domain/article';
import type { Issue } from '../domain/issue';
import type { Rubric } from '../domain/library-manifest';

/** Everything an exporter reads: the issue, its articles in reading order, and the rubric names. */
export interface IssueForExport {
  issue: Issue;
  /** In the issue's reading order. */
  articles: Article[];
  rubrics: Rubric[];
}
