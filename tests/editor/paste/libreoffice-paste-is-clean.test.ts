import { describe, expect, it } from 'vitest';
import { expectInertHtml, expectOnlyAllowedContent, markedRuns, outline, pasteThroughSchema, readFixture } from './paste-harness';

// libreoffice-writer.html is real LibreOffice 7.4 output: `soffice --headless --convert-to
// html libreoffice-source.fodt` (the source is next to it).
describe('pasting from LibreOffice Writer', () => {
  const { html, doc } = pasteThroughSchema(readFixture('libreoffice-writer.html'));

  it('keeps headings (h1 → 2, h4 → 3), paragraphs and nested lists', () => {
    expect(outline(doc)).toEqual([
      ['h2', 'Итоги недели'],
      ['paragraph', 'Власти говорят о стабильности, но аналитики видят застой осторожность. Подробнее в обзоре, а цвет и подчёркивание не нужны.'],
      ['h2', 'Ключевые темы'],
      ['bulletList', 'Цены на продуктыМолоко и хлеб подорожалиМиграция молодёжи'],
      ['h3', 'Прогноз'],
      ['orderedList', 'Переговоры продолжатся.Санкции останутся.'],
      ['paragraph', 'Падрыхтавана ў Вільні.'],
    ]);
    expect(doc.content?.[3]?.content?.[0]?.content?.map((child) => child.type)).toEqual(['paragraph', 'bulletList']);
  });

  it('keeps <b>, <i>, <strike> and the link as marks; <font> and <u> lose their formatting, keep their text', () => {
    expect(markedRuns(doc)).toEqual([
      'стабильности|bold',
      'аналитики|italic',
      'застой|strike',
      'обзоре|link:https://example.org/ru/analysis',
      'Вільні|bold',
    ]);
    expect(html).not.toMatch(/<font|<u>|<style|generator|line-height/);
  });

  it('holds only allowed content', () => {
    expectInertHtml(html);
    expectOnlyAllowedContent(doc);
  });
});
