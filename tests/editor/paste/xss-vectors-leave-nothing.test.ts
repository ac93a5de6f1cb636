import { describe, expect, it } from 'vitest';
import { expectInertHtml, expectOnlyAllowedContent, outline, pasteThroughSchema, readFixture } from './paste-harness';

const VECTORS: Array<[string, string]> = [
  ['a script', '<script>window.__pwned=1</script>'],
  ['an image with onerror', '<img src=x onerror="window.__pwned=1">'],
  ['a javascript: link', '<a href="javascript:window.__pwned=1">x</a>'],
  ['JaVa<tab>script:', '<a href="JaVa\tscript:window.__pwned=1">x</a>'],
  ['an entity-encoded tab in the scheme', '<a href="JaVa&#09;script:window.__pwned=1">x</a>'],
  ['a newline in the scheme', '<a href="java\nscript:window.__pwned=1">x</a>'],
  ['leading spaces', '<a href="   javascript:window.__pwned=1">x</a>'],
  ['a data: link', '<a href="data:text/html,<script>window.__pwned=1</script>">x</a>'],
  ['a file: link', '<a href="file:///C:/Windows/win.ini">x</a>'],
  ['svg onload', '<svg onload="window.__pwned=1"><circle r="1"/></svg>'],
  ['svg <a xlink:href>', '<svg><a xlink:href="javascript:window.__pwned=1"><text>x</text></a></svg>'],
  ['an iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['an iframe srcdoc', '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>'],
  ['a style element', '<style>*{background:url(https://evil.example/t.png)}</style>'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
  ['an object', '<object data="https://evil.example/x.swf"></object>'],
  ['an embed', '<embed src="https://evil.example/x.swf">'],
  ['a base', '<base href="https://evil.example/">'],
  ['a link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['an event handler on a paragraph', '<p onclick="window.__pwned=1" onmouseover="window.__pwned=1">x</p>'],
  ['a style with a url()', '<p style="background:url(javascript:window.__pwned=1)">x</p>'],
  ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>"></p></noscript>'],
  ['math/style mXSS', '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1></style></mglyph></table></mtext></math>'],
  ['a form button', '<form><button formaction="javascript:window.__pwned=1">x</button></form>'],
  ['details ontoggle', '<details open ontoggle="window.__pwned=1"><summary>s</summary>t</details>'],
  ['a template', '<template><img src=x onerror="window.__pwned=1"></template>'],
  ['a crafted ProseMirror slice context', '<p data-pm-slice=\'1 1 ["heading",{"level":1,"blockId":"stolen-id-1234"},"codeBlock",{}]\'>x</p>'],
];

describe('XSS vectors in pasted HTML', () => {
  it.each(VECTORS)('%s leaves nothing executable and nothing outside the schema', (_name, vector) => {
    const { html, doc } = pasteThroughSchema(`<p>before</p>${vector}<p>after</p>`);
    expectInertHtml(html);
    expect(html).not.toMatch(/__pwned|evil\.example|data-pm-slice=.*codeBlock/);
    expectOnlyAllowedContent(doc);
    expect(outline(doc)[0]).toEqual(['paragraph', 'before']);
    expect(outline(doc).at(-1)).toEqual(['paragraph', 'after']);
  });

  it('the whole vector fixture keeps its harmless text and links only through the link policy', () => {
    const { html, doc } = pasteThroughSchema(readFixture('xss-vectors.html'));
    expectInertHtml(html);
    expectOnlyAllowedContent(doc);
    const json = JSON.stringify(doc);
    expect(json).not.toMatch(/__pwned|javascript:|data:|vbscript:/i);
    expect(json).toContain('https://example.org/ok');
    expect(outline(doc)[0]).toEqual(['paragraph', 'Safe start.']);
    expect(outline(doc).at(-1)).toEqual(['paragraph', 'Safe end.']);
  });
});
