import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { cleanPastedText } from '../../../shared/editor/paste/clean-pasted-text';
import { sanitiseSliceContext } from '../../../shared/editor/paste/slice-context';
import { expectOnlyAllowedContent, markedRuns, outline, pasteThroughSchema } from './paste-harness';

const wordItem = (list: string, level: number, marker: string, text: string, withComments = true) =>
  `<p class=MsoListParagraphCxSpMiddle style='mso-list:${list} level${level} lfo1'>` +
  (withComments ? '<![if !supportLists]>' : '') +
  `<span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span>` +
  (withComments ? '<![endif]>' : '') +
  `<span lang=EN-GB>${text}</span></p>\n`;

describe('headings keep their place in two levels', () => {
  it('h1 → 2, h2 → 2, h3 → 3, h4–h6 → 3', () => {
    const { doc } = pasteThroughSchema('<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>');
    expect(outline(doc)).toEqual([['h2', 'a'], ['h2', 'b'], ['h3', 'c'], ['h3', 'd'], ['h3', 'e'], ['h3', 'f']]);
    expectOnlyAllowedContent(doc);
  });
});

describe('Word list markers decide the list kind', () => {
  it.each([
    ['1.', 'orderedList'],
    ['a)', 'orderedList'],
    ['iv.', 'orderedList'],
    ['(b)', 'orderedList'],
    ['·', 'bulletList'],
    ['o', 'bulletList'],
    ['§', 'bulletList'],
    ['–', 'bulletList'],
  ])('marker %s → %s', (marker, type) => {
    const { doc } = pasteThroughSchema(wordItem('l0', 1, marker, 'one') + wordItem('l0', 1, marker, 'two'));
    expect(outline(doc)).toEqual([[type, 'onetwo']]);
  });

  it('a numbered list that starts at 3 keeps its start', () => {
    const { doc } = pasteThroughSchema(wordItem('l0', 1, '3.', 'three') + wordItem('l0', 1, '4.', 'four'));
    expect(doc.content?.[0]).toMatchObject({ type: 'orderedList', attrs: { start: 3 } });
  });

  it('works when the conditional comments were lost and only the mso-list:Ignore span is left', () => {
    const { doc } = pasteThroughSchema(wordItem('l0', 1, '1.', 'one', false) + wordItem('l0', 1, '2.', 'two', false));
    expect(outline(doc)).toEqual([['orderedList', 'onetwo']]);
  });

  it('bullets then numbers at the top level are two lists; a paragraph in between ends a list', () => {
    const { doc } = pasteThroughSchema(
      wordItem('l0', 1, '·', 'a') + wordItem('l1', 1, '1.', 'b') + '<p class=MsoNormal>between</p>' + wordItem('l1', 1, '2.', 'c'),
    );
    expect(outline(doc)).toEqual([['bulletList', 'a'], ['orderedList', 'b'], ['paragraph', 'between'], ['orderedList', 'c']]);
  });

  it('a numbered heading stays a heading and loses its typed number', () => {
    const { doc } = pasteThroughSchema(
      "<h2 style='mso-list:l2 level1 lfo3'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp; </span></span><![endif]>Context</h2>",
    );
    expect(outline(doc)).toEqual([['h2', 'Context']]);
  });
});

describe('formatting from CSS', () => {
  it('bold, italic and strike from style attributes, reset by font-weight:normal inside', () => {
    const { doc } = pasteThroughSchema(
      '<p><span style="font-weight:bold">B<span style="font-weight:normal">n</span></span> <span style="font-style:oblique">I</span> <span style="text-decoration: underline line-through">S</span> <span style="font: italic bold 12px Arial">F</span> <u>U</u></p>',
    );
    expect(markedRuns(doc)).toEqual(['B|bold', 'I|italic', 'S|strike', 'F|bold,italic']);
    expectOnlyAllowedContent(doc);
  });

  it('a <b> that says font-weight:normal is not bold', () => {
    const { doc } = pasteThroughSchema('<b style="font-weight:normal">plain</b> <b>bold</b>');
    expect(markedRuns(doc)).toEqual(['bold|bold']);
  });
});

describe('copies between Triptych editors keep ProseMirror slice context, made safe', () => {
  it('keeps allowed types with safe attributes only', () => {
    expect(sanitiseSliceContext('1 1 ["bulletList",{"blockId":"abcd1234"},"listItem",{}]')).toBe('1 1 ["bulletList",{},"listItem",{}]');
    expect(sanitiseSliceContext('0 0 ["heading",{"level":1}]')).toBe('0 0 ["heading",{"level":2}]');
    expect(sanitiseSliceContext('0 0 ["orderedList",{"start":4,"type":"a"}]')).toBe('0 0 ["orderedList",{"start":4}]');
    expect(sanitiseSliceContext('2 2')).toBe('2 2 []');
    expect(sanitiseSliceContext('1 1 -2 ["paragraph",null]')).toBe('1 1 ["paragraph",{}]');
  });

  it('drops a context naming anything outside the schema, or that is not a slice context', () => {
    expect(sanitiseSliceContext('0 0 ["codeBlock",{}]')).toBeNull();
    expect(sanitiseSliceContext('0 0 ["image",{"src":"javascript:x"}]')).toBeNull();
    expect(sanitiseSliceContext('0 0 {not json')).toBeNull();
    expect(sanitiseSliceContext('javascript:alert(1)')).toBeNull();
  });

  it('keeps the cleaned attribute on the first block of the cleaned HTML', () => {
    const { html } = pasteThroughSchema('<ul data-pm-slice=\'3 3 ["bulletList",{"blockId":"x1234"}]\' data-block-id="x1234"><li><p>item</p></li></ul>');
    expect(html).toBe('<ul data-pm-slice="3 3 [&quot;bulletList&quot;,{}]"><li><p>item</p></li></ul>');
  });
});

describe('plain text', () => {
  it('keeps line breaks (so ProseMirror makes paragraphs) and drops control characters and BOM', () => {
    expect(cleanPastedText('\ufeffFirst\u0007 line\r\n\r\nSecond\u2029Third\rFourth\tend')).toBe('First line\n\nSecond\nThird\nFourth\tend');
  });
});

describe('the cleaner works on a Document from any DOM', () => {
  it('returns the body HTML and leaves an empty paste empty', () => {
    expect(pasteThroughSchema('').html).toBe('');
    expect(pasteThroughSchema('<p>&nbsp;</p><p><o:p>&nbsp;</o:p></p>').doc.content).toEqual([{ type: 'paragraph', attrs: { blockId: null } }]);
    // Nothing in jsdom ran or loaded while cleaning (scripts are off, resources not fetched).
    const window = new JSDOM('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>').window as unknown as { __pwned?: unknown };
    expect(window.__pwned).toBeUndefined();
  });
});
