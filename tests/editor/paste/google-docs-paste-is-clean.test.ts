import { describe, expect, it } from 'vitest';
import { expectInertHtml, expectOnlyAllowedContent, markedRuns, outline, pasteThroughSchema, readFixture } from './paste-harness';

describe('pasting from Google Docs', () => {
  const { html, doc } = pasteThroughSchema(readFixture('google-docs.html'));

  it('drops the docs-internal-guid <b> wrapper: the paste is not all bold', () => {
    expect(html).not.toMatch(/docs-internal-guid|<b\b|<meta/);
    expect(markedRuns(doc).filter((run) => run.endsWith('|bold'))).toEqual(['новы план|bold', 'Выбары|bold']);
  });

  it('keeps headings, paragraphs, nested bullet list and numbered list; <br> spacers and the image go', () => {
    expect(outline(doc)).toEqual([
      ['h2', 'Тыдзень у палітыцы'],
      ['paragraph', 'Улады абвясцілі новы план, але падрабязнасцей няма. Рэформа адкладзена. Крыніца: паведамленне.'],
      ['h2', 'Галоўнае'],
      ['bulletList', 'Выбары: дата пакуль не вызначана.Апазіцыя заклікае да байкоту.Эканоміка: рост цэн працягваецца.'],
      ['orderedList', 'Першы крок — дыялог.Другі крок — ліст у рэдакцыю.'],
    ]);
    // The sub-list Google Docs puts directly inside the <ul> ends up inside the first item.
    const first = doc.content?.[3]?.content?.[0];
    expect(first?.content?.map((child) => child.type)).toEqual(['paragraph', 'bulletList']);
    expect(doc.content?.[3]?.content).toHaveLength(2);
  });

  it('turns font-weight:700, font-style:italic and line-through spans into marks, and a 400 span inside a 700 item is not bold', () => {
    expect(markedRuns(doc)).toEqual([
      'новы план|bold',
      'падрабязнасцей|italic',
      'Рэформа|strike',
      'паведамленне|link:https://example.org/by/news/48',
      'Выбары|bold',
      'ліст у рэдакцыю|link:mailto:desk@example.org',
    ]);
  });

  it('keeps only the canonical formatting styles and allowed content', () => {
    expectInertHtml(html);
    for (const style of html.match(/style="[^"]*"/g) ?? []) {
      expect(style).toMatch(/^style="(font-weight:(400|700)|font-style:(italic|normal)|text-decoration:line-through)(;(font-style:(italic|normal)|text-decoration:line-through))*"$/);
    }
    expect(html).not.toMatch(/dir=|role=|aria-|color|font-size|googleusercontent/);
    expectOnlyAllowedContent(doc);
  });
});
