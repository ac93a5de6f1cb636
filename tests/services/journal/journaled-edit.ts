import type { Article } from '../../../shared/domain/article';

/** Edit number `n` of an article: every language's title and body name it. */
export function journaledEdit(article: Article, n: number): Article {
  const version = (lang: 'en' | 'be' | 'ru', text: string) => ({
    ...article.versions[lang],
    title: `${text} ${n}`,
    body: { type: 'doc' as const, content: [{ type: 'paragraph', attrs: { blockId: null }, content: [{ type: 'text', text: `${text} ${n} — ўсё яшчэ тут` }] }] },
  });
  return { ...article, versions: { en: version('en', 'edit'), be: version('be', 'праўка'), ru: version('ru', 'правка') } };
}

/** Which edit an article is, or NaN. */
export function editNumber(article: Article): number {
  return Number(/^edit (\d+)$/.exec(article.versions.en.title)?.[1] ?? NaN);
}
