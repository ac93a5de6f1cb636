import type { Article } from '../../shared/domain/article';
import type { Language } from '../../shared/domain/language';
import type { ProseDoc } from '../../shared/domain/prose-doc';
import type { VersionStatus } from '../../shared/domain/statuses';
import type { LocalizedText } from '../../shared/domain/language';
import { translatedFromSource } from '../../shared/editor/alignment/block-texts';
import type { JournalState, LiveBlock, LiveBlocks } from './journal-patch-builder';

type BodyReader = () => ProseDoc;
type BlocksReader = () => readonly LiveBlock[];

/**
 * The article being edited. Titles, leads and statuses are stored as they change; bodies
 * stay inside their editors and are serialised only when a save starts, so a keystroke
 * costs no JSON. `version` counts changes: a save records the version it captured and the
 * saver marks clean only if nothing changed since (D4).
 */
export class ArticleDraft {
  private article: Article;
  private changes = 0;
  private readonly bodyReaders = new Map<Language, BodyReader>();
  private readonly blockReaders = new Map<Language, BlocksReader>();
  // Each body is serialised again only after its editor changed: a save or journal entry
  // while typing in one column does not re-read the other two.
  private readonly bodyChanges = new Map<Language, number>();
  private readonly bodyCache = new Map<Language, { change: number; body: ProseDoc }>();

  constructor(
    article: Article,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.article = article;
  }

  get version(): number {
    return this.changes;
  }

  /** The stored fields; bodies may be older than their editors (see snapshot()). */
  get current(): Article {
    return this.article;
  }

  setRubric(rubric: string): void {
    if (rubric === this.article.rubric) return;
    this.article = { ...this.article, rubric };
    this.changes++;
  }

  setAuthors(authors: LocalizedText[]): void {
    this.article = { ...this.article, authors };
    this.changes++;
  }

  /** What a translation's blocks were translated from (outdated markers); see ArticleVersion.translatedFrom. */
  setTranslatedFrom(lang: Language, translatedFrom: Record<string, string>): void {
    const version = { ...this.article.versions[lang], translatedFrom };
    this.article = { ...this.article, versions: { ...this.article.versions, [lang]: version } };
    this.changes++;
  }

  /**
   * Another version becomes the source. Outdated markers compared against the old source
   * mean nothing against the new one, so every translation starts up to date with it.
   */
  setSourceLanguage(sourceLanguage: Language): void {
    if (sourceLanguage === this.article.sourceLanguage) return;
    const now = this.snapshot();
    const source = now.versions[sourceLanguage].body;
    const versions = { ...this.article.versions };
    for (const lang of Object.keys(versions) as Language[]) {
      const translatedFrom = lang === sourceLanguage ? {} : translatedFromSource(source, now.versions[lang].body);
      versions[lang] = { ...versions[lang], translatedFrom };
    }
    this.article = { ...this.article, sourceLanguage, versions };
    this.changes++;
  }

  setText(lang: Language, field: 'title' | 'lead', value: string): void {
    if (this.article.versions[lang][field] === value) return;
    this.touch(lang, { [field]: value });
  }

  setStatus(lang: Language, status: VersionStatus): void {
    if (this.article.versions[lang].status === status) return;
    this.touch(lang, { status });
  }

  /** The draft differs from disk without an edit (recovered from the crash journal). */
  markChanged(): void {
    this.changes++;
  }

  /** An editor reports that its document changed; its JSON is read at the next snapshot. */
  bodyChanged(lang: Language): void {
    this.bodyChanges.set(lang, (this.bodyChanges.get(lang) ?? 0) + 1);
    this.touch(lang, {});
  }

  /**
   * Connects a language's editor. The returned function disconnects it and keeps its last
   * document, so a column hidden mid-edit still saves what was typed in it.
   */
  attachBody(lang: Language, read: BodyReader, blocks?: BlocksReader): () => void {
    this.bodyReaders.set(lang, read);
    if (blocks) this.blockReaders.set(lang, blocks);
    else this.blockReaders.delete(lang);
    this.bodyCache.delete(lang);
    return () => {
      if (this.bodyReaders.get(lang) !== read) return;
      this.article = this.withBody(this.article, lang, this.readBody(lang, read));
      this.bodyReaders.delete(lang);
      this.blockReaders.delete(lang);
    };
  }

  /**
   * The article for the crash journal's patches: open bodies as their top-level blocks
   * (no JSON is made for them; their bodies in `article` are stale), the rest as JSON.
   */
  journalState(): JournalState {
    const blocks: LiveBlocks = {};
    let article = this.article;
    for (const [lang, read] of this.bodyReaders) {
      const readBlocks = this.blockReaders.get(lang);
      if (readBlocks) blocks[lang] = readBlocks();
      else article = this.withBody(article, lang, this.readBody(lang, read));
    }
    return { article, blocks };
  }

  /** The whole article as it is right now, bodies included. */
  snapshot(): Article {
    let article = this.article;
    for (const [lang, read] of this.bodyReaders) article = this.withBody(article, lang, this.readBody(lang, read));
    return article;
  }

  private readBody(lang: Language, read: BodyReader): ProseDoc {
    const change = this.bodyChanges.get(lang) ?? 0;
    const cached = this.bodyCache.get(lang);
    if (cached && cached.change === change) return cached.body;
    const body = read();
    this.bodyCache.set(lang, { change, body });
    return body;
  }

  private withBody(article: Article, lang: Language, body: ProseDoc): Article {
    return { ...article, versions: { ...article.versions, [lang]: { ...article.versions[lang], body } } };
  }

  private touch(lang: Language, patch: Partial<Article['versions'][Language]>): void {
    const version = { ...this.article.versions[lang], ...patch, updatedAt: this.now() };
    this.article = { ...this.article, versions: { ...this.article.versions, [lang]: version } };
    this.changes++;
  }
}
