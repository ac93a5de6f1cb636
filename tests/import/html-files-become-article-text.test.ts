import { describe, expect, it } from 'vitest';
import { articleOnDisk, emptyArticle, expectOnlySchemaContent, fixturePath, importInto, listItems, markedRuns, outline, tempFile } from './import-test-support';

describe('importing an HTML file into a language version', () => {
  it('takes a saved web page: its <h1> is the title, the article text stays, page chrome and scripts go', async () => {
    const target = await emptyArticle('be');
    const result = await importInto(target, 'be', fixturePath('web-article.be.html'));
    const be = result.article.versions.be;
    expect(be.title).toBe('Гродна рыхтуецца да вясновай паводкі');
    expect(outline(be.body)).toEqual([
      'paragraph: Узровень вады ў Нёмане за тыдзень вырас на сорак сантыметраў, але да леташняй адзнакі яшчэ далёка. Зводкі публікуе МНС.',
      'paragraph: Нёман каля Старога моста.',
      'h2: Дзе найбольш небяспечна',
      'bulletList: Прыбярэжныя вуліцыАсабліва ў раёне ПышакДачныя пасёлкі ніжэй па цячэнні',
      'blockquote: «Мы гатовыя да любога сцэнарыю», — заявіў начальнік абласнога ўпраўлення.',
      'paragraph: Падзяліцца: Facebook',
      'paragraph: © Навіны рэгіёна',
    ]);
    expect(listItems(be.body)).toEqual(['1:Прыбярэжныя вуліцы', '2:Асабліва ў раёне Пышак', '1:Дачныя пасёлкі ніжэй па цячэнні']);
    expect(markedRuns(be.body)).toEqual(['сорак сантыметраў|bold', 'але|italic', 'МНС|link:https://example.org/be/mns']);
    // The navigation links went with the navigation; only the share link lost its address in the text.
    expect(result.notices).toEqual([
      { code: 'images-dropped', count: 1 },
      { code: 'links-removed', count: 1 },
      { code: 'formatting-dropped', count: null },
      { code: 'title-from-heading', count: null },
    ]);
    expectOnlySchemaContent(await articleOnDisk(target));
  });

  it('uses the page <title> when there is no <h1>, without claiming it came from a heading', async () => {
    const target = await emptyArticle('ru');
    const path = await tempFile(
      'заметка.htm',
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Минск и Вильнюс договорились о границе</title></head>' +
        '<body><h2>Что решено</h2><p>Пункты пропуска <del>закроют</del> откроют в марте.</p><h4>Детали</h4><p>Подробности позже.</p></body></html>',
    );
    const result = await importInto(target, 'ru', path);
    const ru = result.article.versions.ru;
    expect(ru.title).toBe('Минск и Вильнюс договорились о границе');
    expect(outline(ru.body)).toEqual(['h2: Что решено', 'paragraph: Пункты пропуска закроют откроют в марте.', 'h3: Детали', 'paragraph: Подробности позже.']);
    expect(markedRuns(ru.body)).toEqual(['закроют|strike']);
    expect(result.notices).toEqual([]);
  });
});
