import { ARTICLE_SCHEMA_VERSION, type Article } from '../../shared/domain/article';
import { DEFAULT_RUBRICS } from '../../shared/domain/library-manifest';
import type { ProseDoc, ProseNode } from '../../shared/domain/prose-doc';
import type { IssueForExport } from '../../shared/export/issue-for-export';
import { LANGS, makeBodies, wordCount, type Lang } from '../bench-editor/corpus';

const NOW = '2026-11-23T09:00:00.000Z';

// The editor benchmark's corpus is plain text; exports also pay for marks and links, so
// every third paragraph gets a bold phrase, an italic one and a link.
function withMarks(doc: ProseDoc): ProseDoc {
  const content = (doc.content ?? []).map((block, i): ProseNode => {
    const text = block.content?.[0]?.text;
    if (block.type !== 'paragraph' || i % 3 !== 0 || !text) return block;
    const words = text.split(' ');
    const cut = (n: number) => words.splice(0, n).join(' ') + ' ';
    return {
      ...block,
      content: [
        { type: 'text', text: cut(3) },
        { type: 'text', text: cut(3), marks: [{ type: 'bold' }] },
        { type: 'text', text: cut(4) },
        { type: 'text', text: cut(2), marks: [{ type: 'italic' }] },
        { type: 'text', text: cut(3), marks: [{ type: 'link', attrs: { href: `https://example.org/source/${i}` } }] },
        { type: 'text', text: words.join(' ') },
      ],
    };
  });
  return { type: 'doc', content };
}

function firstWords(doc: ProseDoc, n: number): string {
  const paragraph = (doc.content ?? []).find((b) => b.type === 'paragraph');
  const text = (paragraph?.content ?? []).map((t) => t.text ?? '').join('');
  return text.split(' ').slice(0, n).join(' ').replace(/[,.]$/, '');
}

/** An issue of `articles` articles, each ~`words` words in every language, all approved. */
export function largeIssue(articles = 10, words = 1200): { input: IssueForExport; wordsPerLanguage: Record<Lang, number> } {
  const list: Article[] = [];
  const wordsPerLanguage: Record<Lang, number> = { en: 0, be: 0, ru: 0 };
  for (let i = 0; i < articles; i++) {
    const bodies = makeBodies(words, 101 + i, `x${i}-`);
    const versions = {} as Article['versions'];
    for (const lang of LANGS) {
      const body = withMarks(bodies[lang]);
      wordsPerLanguage[lang] += wordCount(body);
      versions[lang] = { title: firstWords(body, 6), lead: firstWords(body, 14), body, status: 'approved', updatedAt: NOW, translatedFrom: {} };
    }
    list.push({
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      id: `a-bench${String(i).padStart(3, '0')}`,
      rubric: DEFAULT_RUBRICS[i % DEFAULT_RUBRICS.length]!.id,
      authors: [{ en: 'Alena Kavalenka', be: 'Алена Каваленка', ru: 'Елена Коваленко' }],
      sourceLanguage: 'en',
      createdAt: NOW,
      versions,
    });
  }
  const input: IssueForExport = {
    issue: {
      schemaVersion: 1,
      id: '2026-11-23-bnch',
      number: 412,
      periodStart: '2026-11-23',
      periodEnd: '2026-11-29',
      status: 'ready',
      articleOrder: list.map((a) => a.id),
      createdAt: NOW,
      updatedAt: NOW,
      exportedAt: null,
    },
    articles: list,
    rubrics: DEFAULT_RUBRICS,
  };
  return { input, wordsPerLanguage };
}
