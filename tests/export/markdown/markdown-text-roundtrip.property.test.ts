import fc from 'fast-check';
import { expect, test } from 'vitest';
import { renderBodyHtml } from '../../../electron/services/export/html/render-body-html';
import { renderBodyMarkdown } from '../../../electron/services/export/markdown/render-body-markdown';
import type { ProseDoc, ProseMark, ProseNode } from '../../../shared/domain/prose-doc';
import { isAllowedHref } from '../../../shared/editor/link-policy';
import { ALLOWED_ELEMENTS, bodyStructure, elementNames, linkTargets, markdownIt } from './body-structure';

// Arbitrary bodies whose text is made of Markdown's own syntax: whatever an analyst types
// must come back from a Markdown reader as exactly that text, with exactly the formatting
// and links the body has, and no address outside the link policy may become a link.

const PIECES = [
  ...'*_~`\\[]()<>#!|&;:.-+=0123456789 \t'.split(''),
  'a', 'Z', 'я', 'Ў', 'і', 'ё', '«', '»', '„', '“', '—', '–', '…', '€', '%', '\u00a0', '\u202f', '😀', 'e\u0301',
  '**', '__', '~~', '***', '```', '~~~', '---', '===', '1. ', '2) ', '- ', '+ ', '* ', '# ', '## ', '> ', '    ', '\t\t',
  '&amp;', '&#35;', '&#x41;', '&copy', '<b>', '</p>', '<!-- x -->', '<script>alert(1)</script>', '<http://a.example>',
  '[x](http://a.example)', '![i](http://a.example/i.png)', '[ref]: http://a.example', 'http://a.example', 'a|b', '\\*', '$x$',
];

const HREFS = [
  'https://example.org/a?b=1&c=2',
  'https://example.org/x y',
  'https://example.org/(paren)',
  'https://example.org/<tag>',
  'https://example.org/&amp;',
  'https://example.org/a\\b',
  'http://example.org/Минск',
  'mailto:desk@example.org',
  '#article-1',
  // Outside the policy: never written as links.
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example',
  'relative/path',
  '#',
  '#bad anchor',
  'https://user:pass@example.org/',
  '',
];

const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(''));
const mark: fc.Arbitrary<ProseMark> = fc.oneof(
  fc.constantFrom<ProseMark>({ type: 'bold' }, { type: 'italic' }, { type: 'strike' }),
  fc.constantFrom(...HREFS).map((href): ProseMark => ({ type: 'link', attrs: { href } })),
);
const marks = fc.uniqueArray(mark, { maxLength: 3, selector: (m) => m.type });
const textNode = fc.record({ text, marks }).map(({ text: value, marks: list }): ProseNode => ({ type: 'text', text: value, ...(list.length ? { marks: list } : {}) }));
const inline = (hardBreaks: boolean) =>
  fc.array(hardBreaks ? fc.oneof({ weight: 5, arbitrary: textNode }, { weight: 1, arbitrary: fc.constant<ProseNode>({ type: 'hardBreak' }) }) : textNode, {
    maxLength: 6,
  });

const paragraph = inline(true).map((content): ProseNode => ({ type: 'paragraph', content }));
const heading = fc.record({ level: fc.constantFrom(2, 3), content: inline(false) }).map(({ level, content }): ProseNode => ({ type: 'heading', attrs: { level }, content }));

const { block } = fc.letrec<{ block: ProseNode; item: ProseNode }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    paragraph,
    heading,
    fc.constant<ProseNode>({ type: 'horizontalRule' }),
    fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((content): ProseNode => ({ type: 'blockquote', content })),
    fc.array(tie('item'), { minLength: 1, maxLength: 3 }).map((content): ProseNode => ({ type: 'bulletList', content })),
    fc
      .record({ start: fc.constantFrom(0, 1, 2, 9, 10, 99, 123456789), content: fc.array(tie('item'), { minLength: 1, maxLength: 3 }) })
      .map(({ start, content }): ProseNode => ({ type: 'orderedList', attrs: { start }, content })),
  ),
  item: fc.tuple(paragraph, fc.array(tie('block'), { maxLength: 2 })).map(([first, rest]): ProseNode => ({ type: 'listItem', content: [first, ...rest] })),
}));
const body = fc.array(block, { minLength: 1, maxLength: 5 }).map((content): ProseDoc => ({ type: 'doc', content }));

test('text, formatting and allowed links round-trip exactly through Markdown; nothing else becomes markup', () => {
  fc.assert(
    fc.property(body, (doc) => {
      const markdown = renderBodyMarkdown(doc);
      const html = markdownIt.render(markdown);
      expect(bodyStructure(html), markdown).toEqual(bodyStructure(renderBodyHtml(doc)));
      expect(elementNames(html).filter((name) => !ALLOWED_ELEMENTS.has(name)), markdown).toEqual([]);
      for (const href of linkTargets(html)) expect(isAllowedHref(href), href).toBe(true);
    }),
    { numRuns: 500 },
  );
});
