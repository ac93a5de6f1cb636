import { describe, expect, it } from 'vitest';
import { expectInertHtml, expectOnlyAllowedContent, markedRuns, outline, pasteThroughSchema, readFixture } from './paste-harness';

describe('pasting from Word (Windows clipboard HTML)', () => {
  const { html, doc } = pasteThroughSchema(readFixture('word-windows.html'));

  it('keeps the headings (h1 → level 2) and paragraphs, drops spacer and hidden paragraphs and the image', () => {
    expect(outline(doc)).toEqual([
      ['h2', 'Minsk after the vote: a week of quiet pressure'],
      ['paragraph', expect.stringMatching(/^The authorities spent the week showing calm\..* and our local draft\.$/)],
      ['h2', 'What changed'],
      ['bulletList', expect.any(String)],
      ['h3', 'Что дальше'],
      ['orderedList', expect.any(String)],
      ['paragraph', 'Prepared by the analysis desk, Vilnius.'],
    ]);
  });

  it('turns mso-list paragraphs into a nested bullet list and a numbered list, without the typed markers', () => {
    const bullets = doc.content?.[3];
    expect(bullets).toMatchObject({
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ text: 'Detentions rose in the regions, not in the capital.' }] },
            { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ text: 'Most cases cite online comments.' }] }] }] },
          ],
        },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ text: 'Менск пазбягае ' }, { text: 'рэзкіх', marks: [{ type: 'bold' }] }, { text: ' заяў.' }] }] },
      ],
    });
    const numbers = doc.content?.[5];
    expect(numbers?.type).toBe('orderedList');
    expect(numbers?.content?.map((item) => item.content?.[0]?.content?.[0]?.text)).toEqual([
      'Бюджетный пересмотр перенесён на январь.',
      'Переговоры с соседями идут ',
    ]);
    expect(JSON.stringify(doc)).not.toMatch(/·|"o"|1\.\s|\u00a0{2}/);
  });

  it('keeps bold, italic, strike and the web link; the file: link keeps only its text', () => {
    expect(markedRuns(doc)).toEqual([
      'administrative detentions|bold',
      'softer|italic',
      'long-promised|strike',
      'full report|link:https://example.org/reports/2026/week-48',
      'рэзкіх|bold',
      'без огласки|italic',
    ]);
  });

  it('leaves no Office clutter: no styles, classes, conditional comments, o:p, VML or file: sources', () => {
    expectInertHtml(html);
    expect(html).not.toMatch(/Mso|mso-|<o:p|<v:|<!--|\[if|file:|Hidden editor/i);
    expectOnlyAllowedContent(doc);
  });
});
