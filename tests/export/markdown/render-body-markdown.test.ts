import { describe, expect, test } from 'vitest';
import { renderBodyMarkdown } from '../../../electron/services/export/markdown/render-body-markdown';
import type { ProseMark, ProseNode } from '../../../shared/domain/prose-doc';
import { bodyStructure, elementNames, linkTargets, markdownIt } from './body-structure';

// Readable cases of what the property test covers at random: the Markdown an editor would
// look at, and what a Markdown reader makes of it.

const text = (value: string, ...marks: ProseMark[]): ProseNode => ({ type: 'text', text: value, ...(marks.length ? { marks } : {}) });
const p = (...content: ProseNode[]): ProseNode => ({ type: 'paragraph', content });
const doc = (...content: ProseNode[]) => ({ type: 'doc' as const, content });
const render = (...content: ProseNode[]) => markdownIt.render(renderBodyMarkdown(doc(...content)));
const bold = { type: 'bold' };
const italic = { type: 'italic' };
const link = (href: string) => ({ type: 'link', attrs: { href } });

describe('text that looks like Markdown stays text', () => {
  test.each([
    '1. Not a list',
    '2014) was a year',
    '# Not a heading',
    '> Not a quote',
    '- Not a list',
    '+ Not a list',
    '=== not an underline',
    '---',
    '***',
    '    not code',
    '<script>alert(1)</script>',
    '<b>not bold</b>',
    '&amp; stays &amp;, &#35; stays &#35;',
    '*not emphasis*, **not bold**, _not italic_, ~~not struck~~',
    '[not](a link) and ![not](an image) and <http://not.an.autolink>',
    '`not code`',
    'a | b',
    '[ref]: http://not.a.definition',
    'C:\\path\\ ends in a backslash \\',
    ' leading and trailing spaces ',
  ])('%s', (value) => {
    const html = render(p(text(value)));
    expect(elementNames(html)).toEqual(['P']);
    expect(bodyStructure(html)).toEqual(['<p>', `[] ${JSON.stringify(value)}`, '</p>']);
  });

  test('a heading ending in # keeps it', () => {
    expect(render({ type: 'heading', attrs: { level: 2 }, content: [text('Issue #')] })).toBe('<h2>Issue #</h2>\n');
  });
});

describe('formatting', () => {
  test('is written with ** for bold, _ for italic and ~~ for strike-through', () => {
    expect(renderBodyMarkdown(doc(p(text('a '), text('b', bold), text(' '), text('c', italic), text(' '), text('d', { type: 'strike' }))))).toBe('a **b** _c_ ~~d~~');
  });

  test('holds where a quotation or a space meets a letter, using an entity only there', () => {
    const markdown = renderBodyMarkdown(doc(p(text('слова'), text('«цытата» ', bold), text('далей'))));
    expect(markdown).toBe('слов&#1072;**«цытата»&#32;**&#1076;алей');
    expect(render(p(text('слова'), text('«цытата» ', bold), text('далей')))).toBe('<p>слова<strong>«цытата» </strong>далей</p>\n');
  });
});

describe('breaks and lines', () => {
  test('a hard break is a backslash at the end of the line; one at the end of a paragraph is dropped', () => {
    expect(renderBodyMarkdown(doc(p(text('one'), { type: 'hardBreak' }, text('two'), { type: 'hardBreak' })))).toBe('one\\\ntwo');
  });

  test('a line break inside a text becomes a space, and invisible control characters are dropped', () => {
    expect(render(p(text('one\ntwo\r\n# three\u0001')))).toBe('<p>one two # three</p>\n');
  });

  test('a hard break inside a heading becomes a space (a heading is one line)', () => {
    expect(render({ type: 'heading', attrs: { level: 3 }, content: [text('one'), { type: 'hardBreak' }, text('two')] })).toBe('<h3>one two</h3>\n');
  });
});

describe('links', () => {
  test.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '//evil.example', 'relative.html', '#bad anchor'])('%s keeps its text and is not a link', (href) => {
    const markdown = renderBodyMarkdown(doc(p(text('click', link(href)))));
    expect(markdown).toBe('click');
    expect(linkTargets(markdownIt.render(markdown))).toEqual([]);
  });

  test.each([
    ['https://example.org/report?a=1&b=2', '[report](https://example.org/report?a=1&b=2)'],
    ['https://example.org/a (1)', '[report](<https://example.org/a (1)>)'],
    ['https://example.org/&amp;', '[report](https://example.org/\\&amp;)'],
    ['mailto:desk@example.org', '[report](mailto:desk@example.org)'],
    ['#article-1', '[report](#article-1)'],
  ])('%s is written as %s and read back as the same address', (href, expected) => {
    const markdown = renderBodyMarkdown(doc(p(text('report', link(href)))));
    expect(markdown).toBe(expected);
    expect(linkTargets(markdownIt.render(markdown))).toEqual([markdownIt.normalizeLink(href)]);
  });
});

describe('lists', () => {
  const item = (value: string, ...more: ProseNode[]): ProseNode => ({ type: 'listItem', content: [p(text(value)), ...more] });
  const ol = (start: number, ...items: ProseNode[]): ProseNode => ({ type: 'orderedList', attrs: { start }, content: items });
  const ul = (...items: ProseNode[]): ProseNode => ({ type: 'bulletList', content: items });

  test('nest with the indentation of their marker, and number from their start', () => {
    expect(renderBodyMarkdown(doc(ul(item('a', ol(9, item('nine'), item('ten', ul(item('deep'))))), item('b'))))).toBe(
      ['- a', '', '  9. nine', '  10. ten', '      - deep', '', '- b'].join('\n'),
    );
  });

  test('two lists in a row stay two lists, each with its own start', () => {
    const html = render(ol(1, item('one')), ol(1, item('again')), ul(item('x')), ul(item('y')), ul(item('z')));
    expect(bodyStructure(html).filter((token) => /^<(ol|ul)/.test(token))).toEqual(['<ol start=1>', '<ol start=1>', '<ul>', '<ul>', '<ul>']);
  });
});
