import { describe, expect, it } from 'vitest';
import type { ProseDoc } from '../../shared/domain/prose-doc';
import { getArticle } from '../../electron/services/library/get-article';
import { saveArticle } from '../../electron/services/library/save-article';
import { countingBlockIds, emptyArticle, importInto, outline, tempFile, type ImportTarget } from './import-test-support';

const SOURCE: ProseDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { blockId: 'src-heading', level: 2 }, content: [{ type: 'text', text: 'Prices' }] },
    { type: 'paragraph', attrs: { blockId: 'src-para-1' }, content: [{ type: 'text', text: 'Food prices rose by two percent.' }] },
    {
      type: 'bulletList',
      attrs: { blockId: 'src-list' },
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Milk' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bread' }] }] },
      ],
    },
    { type: 'paragraph', attrs: { blockId: 'src-para-2' }, content: [{ type: 'text', text: 'Wages did not.' }] },
  ],
};

/** An article written in English, with the body above, ready for translations to be imported. */
async function englishSource(): Promise<ImportTarget> {
  const target = await emptyArticle('en');
  const article = { ...target.article, versions: { ...target.article.versions, en: { ...target.article.versions.en, title: 'Prices', body: SOURCE, status: 'approved' as const } } };
  const { revision } = await saveArticle(target.lib.library, { issueId: target.issueId, article, baseRevision: target.revision });
  return { ...target, revision, article };
}

const blockIds = (doc: ProseDoc) => (doc.content ?? []).map((block) => block.attrs?.blockId);

describe('block ids of an imported translation', () => {
  it('a translation with the same blocks as the source takes their ids and is recorded as up to date', async () => {
    const target = await englishSource();
    const before = await getArticle(target.lib.library, target.issueId, target.articleId);
    const path = await tempFile('кошты.md', '## Кошты\n\nЦэны на ежу выраслі на два працэнты.\n\n- Малако\n- Хлеб\n\nЗаробкі — не.\n');
    const result = await importInto(target, 'be', path, { newBlockId: countingBlockIds() });
    const be = result.article.versions.be;
    expect(outline(be.body)).toEqual(['h2: Кошты', 'paragraph: Цэны на ежу выраслі на два працэнты.', 'bulletList: МалакоХлеб', 'paragraph: Заробкі — не.']);
    expect(blockIds(be.body)).toEqual(['src-heading', 'src-para-1', 'src-list', 'src-para-2']);
    expect(be.translatedFrom).toEqual({
      'src-heading': 'Prices',
      'src-para-1': 'Food prices rose by two percent.',
      'src-list': 'Milk\nBread',
      'src-para-2': 'Wages did not.',
    });
    // The source itself is not touched.
    expect(result.article.versions.en).toEqual(before.article.versions.en);
  });

  it('a translation whose blocks differ from the source (count or kind) gets fresh ids and no alignment record', async () => {
    const target = await englishSource();
    const path = await tempFile('цены.md', '## Цены\n\nЦены на еду выросли на два процента. Молоко и хлеб подорожали.\n\nЗарплаты — нет.\n');
    const result = await importInto(target, 'ru', path, { newBlockId: countingBlockIds() });
    expect(blockIds(result.article.versions.ru.body)).toEqual(['imp-0001', 'imp-0002', 'imp-0003']);
    expect(result.article.versions.ru.translatedFrom).toEqual({});

    const sameCountOtherKinds = await tempFile('цены2.md', 'Цены\n\nЦены на еду выросли.\n\nМолоко и хлеб.\n\nЗарплаты — нет.\n');
    const second = await importInto({ ...target, revision: result.revision }, 'ru', sameCountOtherKinds, { newBlockId: countingBlockIds('again') });
    expect(blockIds(second.article.versions.ru.body)).toEqual(['again-0001', 'again-0002', 'again-0003', 'again-0004']);
    expect(second.article.versions.ru.translatedFrom).toEqual({});
  });

  it('a new text for the source keeps the ids of the blocks it revises, so translations stay in their rows and show as outdated', async () => {
    const target = await englishSource();
    // A paragraph inserted at the top, the first paragraph reworded, the list unchanged, the last paragraph rewritten entirely.
    const path = await tempFile('prices.md', 'Summary first.\n\n## Prices\n\nFood prices rose by three percent.\n\n- Milk\n- Bread\n\nPensions were frozen.\n');
    const ids = ['src-list', 'new-1', 'new-2'];
    const result = await importInto(target, 'en', path, { newBlockId: () => ids.shift() ?? 'spare-id' });
    expect(blockIds(result.article.versions.en.body)).toEqual(['new-1', 'src-heading', 'src-para-1', 'src-list', 'src-para-2']);
    expect(result.article.versions.en.translatedFrom).toEqual({});
    expect(result.article.versions.en.status).toBe('approved');
  });
});
