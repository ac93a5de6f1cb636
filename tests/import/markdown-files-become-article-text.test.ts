import { describe, expect, it } from 'vitest';
import { articleOnDisk, emptyArticle, expectOnlySchemaContent, fixturePath, importInto, listItems, markedRuns, outline, tempFile } from './import-test-support';

describe('importing Markdown into a language version', () => {
  it('takes title and lead from the front matter and keeps headings, nested lists, marks, links, quotes, rules and line breaks', async () => {
    const target = await emptyArticle('ru');
    const result = await importInto(target, 'ru', fixturePath('article-with-front-matter.ru.md'));
    const ru = result.article.versions.ru;
    expect(ru.title).toBe('Гродно готовится к весенним паводкам');
    expect(ru.lead).toBe('Спасатели обещают, что вода не дойдёт до жилых домов');
    expect(ru.status).toBe('draft');
    // The `# Title` repeated under the front matter is not kept as a second title in the text.
    expect(outline(ru.body)).toEqual([
      'h2: Что происходит',
      'paragraph: Уровень воды в Немане вырос на сорок сантиметров за неделю, но до отметки прошлого года ещё далеко; эвакуация не планируется. Сводки публикует МЧС.',
      'blockquote: «Мы готовы к любому сценарию», — заявил начальник областного управления.',
      'h3: Где опаснее всего',
      'bulletList: Прибрежные улицыОсобенно в районе ПышекДачные посёлки ниже по течению',
      'orderedList: Жителей предупреждают за сутки.Эвакуационные пункты работают круглосуточно.',
      'horizontalRule: ',
      'paragraph: Следующая сводка выйдет в понедельник.Вопросы можно задать по электронной почте.',
    ]);
    expect(listItems(ru.body)).toEqual([
      '1:Прибрежные улицы',
      '2:Особенно в районе Пышек',
      '1:Дачные посёлки ниже по течению',
      '1:Жителей предупреждают за сутки.',
      '1:Эвакуационные пункты работают круглосуточно.',
    ]);
    expect(markedRuns(ru.body)).toEqual([
      'сорок сантиметров|bold',
      'но|italic',
      'эвакуация|strike',
      'МЧС|link:https://example.org/ru/mchs-svodka',
      'электронной почте|link:mailto:desk@example.org',
    ]);
    const last = ru.body.content?.at(-1);
    expect(last?.content?.map((node) => node.type)).toContain('hardBreak');
    expect(result.notices).toEqual([]);
    expect(await articleOnDisk(target)).toEqual(result.article);
  });

  it('without front matter, its first-level heading becomes the title (and says so); images and tables are reported', async () => {
    const target = await emptyArticle('en');
    const result = await importInto(target, 'en', fixturePath('article-without-front-matter.en.md'));
    const en = result.article.versions.en;
    expect(en.title).toBe('Grodno prepares for the spring floods');
    expect(en.lead).toBe('');
    expect(outline(en.body)).toEqual([
      "paragraph: The Neman rose by forty centimetres in a week, but it is still well below last year's mark.",
      'paragraph: District | Level',
      'paragraph: Centre | 3.1 m',
      'paragraph: Pyshki | 3.4 m',
      'paragraph: Rescuers say the water will not reach homes.',
    ]);
    expect(result.notices).toEqual([
      { code: 'images-dropped', count: 1 },
      { code: 'tables-flattened', count: 1 },
      { code: 'title-from-heading', count: null },
    ]);
  });

  it('reads Belarusian text with a byte order mark and Windows line endings, and keeps an existing lead without one in the file', async () => {
    const target = await emptyArticle('be');
    const path = await tempFile(
      'агляд.markdown',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\r\ntitle: Агляд тыдня\r\n---\r\n\r\nУрад **зноў** змяніў падатковы кодэкс.\r\n', 'utf8')]),
    );
    const result = await importInto(target, 'be', path);
    expect(result.article.versions.be.title).toBe('Агляд тыдня');
    expect(outline(result.article.versions.be.body)).toEqual(['paragraph: Урад зноў змяніў падатковы кодэкс.']);
    expect(markedRuns(result.article.versions.be.body)).toEqual(['зноў|bold']);
    expectOnlySchemaContent(await articleOnDisk(target));
  });

  it('shows raw HTML in Markdown as text and never as markup', async () => {
    const target = await emptyArticle('en');
    const path = await tempFile('raw.md', 'Before <b>not bold</b> after.\n\n<div onclick="x()">block</div>\n');
    const result = await importInto(target, 'en', path);
    expect(outline(result.article.versions.en.body)).toEqual(['paragraph: Before <b>not bold</b> after.', 'paragraph: <div onclick="x()">block</div>']);
    expect(markedRuns(result.article.versions.en.body)).toEqual([]);
  });
});
