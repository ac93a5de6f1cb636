import { describe, expect, it } from 'vitest';
import { expectInertHtml, expectOnlyAllowedContent, markedRuns, outline, pasteThroughSchema, readFixture } from './paste-harness';

describe('pasting a fragment of a web page', () => {
  const { html, doc } = pasteThroughSchema(readFixture('web-article.html'));

  it('keeps the article text and structure; navigation, scripts, styles, ads, images and forms go', () => {
    expect(outline(doc)).toEqual([
      ['h2', 'Regional budgets under strain'],
      ['paragraph', 'By the analysis desk'],
      ['paragraph', 'Parliament in session.'],
      ['paragraph', 'Regional governors asked for more transfers this autumn, while the ministry insisted on discipline.'],
      ['h3', 'Why it matters'],
      ['bulletList', 'Local elections are due in spring.Pensions depend on regional funds.'],
      ['paragraph', 'Read the earlier analysis or jump to the conclusion.'],
      ['blockquote', '“There is no money for everyone,” one official said.'],
      ['paragraph', 'Region DeficitNorth 4.1%South 2.7%'],
      ['paragraph', 'Conclusion: budgets will be cut revised.'],
    ]);
    expect(JSON.stringify(doc)).not.toMatch(/Home|Politics|Subscribe|Email|__pwned/);
  });

  it('keeps absolute and #anchor links, drops a relative link (its text stays) and every link attribute but href', () => {
    expect(markedRuns(doc)).toEqual([
      'more transfers|bold',
      'discipline|italic',
      'regional funds|link:https://news.example/pensions',
      'the conclusion|link:#conclusion',
      'cut|strike',
    ]);
  });

  it('keeps the line breaks of preformatted text as hard breaks', () => {
    const pre = doc.content?.[8];
    expect(pre?.content?.filter((node) => node.type === 'hardBreak')).toHaveLength(2);
  });

  it('holds only allowed content', () => {
    expectInertHtml(html);
    expect(html).not.toMatch(/tracker|ads\.example|photo\.jpg|data-track/);
    expectOnlyAllowedContent(doc);
  });
});
