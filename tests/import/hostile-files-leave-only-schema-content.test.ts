import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { articleFile, articleOnDisk, emptyArticle, expectOnlySchemaContent, fixturePath, importInto, markedRuns, outline, tempFile } from './import-test-support';

const pwned = () => (globalThis as { __pwned?: unknown }).__pwned;

// What the saved file must never hold, however it is spelled in the input.
const FORBIDDEN = /javascript:|vbscript:|data:text|file:|evil\.example|onerror|onload|onclick|<iframe|<svg|<object|<form/i;

describe('hostile files', () => {
  it('an HTML file with scripts, handlers, frames, SVG and file: images leaves only text and allowed links, and runs nothing', async () => {
    const target = await emptyArticle('en');
    const result = await importInto(target, 'en', fixturePath('hostile.en.html'));
    expect(pwned()).toBeUndefined();
    const en = result.article.versions.en;
    expect(en.title).toBe('Quarterly report');
    expect(outline(en.body)).toEqual([
      'paragraph: Exports grew by three percent in the quarter.',
      'paragraph: Prices were stable.',
      'paragraph: Wages rose slightly.',
      'paragraph: Links: one, two, three, four, the report.',
      'paragraph: Unemployment fell.',
    ]);
    expect(markedRuns(en.body)).toEqual(['by three percent|bold', 'the report|link:https://example.org/en/report']);
    expect(result.notices).toEqual([
      { code: 'images-dropped', count: 4 },
      { code: 'links-removed', count: 4 },
      { code: 'formatting-dropped', count: null },
    ]);
    const saved = await readFile(articleFile(target), 'utf8');
    expect(saved).not.toMatch(FORBIDDEN);
    expectOnlySchemaContent(await articleOnDisk(target));
  });

  it('Markdown with javascript:/data:/vbscript: links and raw <img onerror> keeps the words and loses every address', async () => {
    const target = await emptyArticle('en');
    const result = await importInto(target, 'en', fixturePath('hostile.en.md'));
    expect(pwned()).toBeUndefined();
    const en = result.article.versions.en;
    // Text, never markup: exporters escape it like any other title.
    expect(en.title).toBe('Quarterly report <script>alert(1)</script>');
    expect(outline(en.body)).toEqual([
      'paragraph: Exports grew by three percent in the quarter, see also the data and this.',
      `paragraph: <img src=x onerror="globalThis.__pwned = 'md'">`,
      "paragraph: <script>globalThis.__pwned = 'md script'</script>",
      'paragraph: javascript:alert(1) and the report.',
    ]);
    expect(markedRuns(en.body)).toEqual(['the report|link:https://example.org/en/report']);
    expect(result.notices).toEqual([{ code: 'links-removed', count: 4 }]);
    const saved = (await articleOnDisk(target)).versions.en.body;
    expect(JSON.stringify(saved)).not.toMatch(/"type":"(image|img|html)/);
    expectOnlySchemaContent(await articleOnDisk(target));
  });

  it('a DOCX-shaped HTML payload under a .html name is cleaned like any page (Word conditional comments, o:p, VML)', async () => {
    const target = await emptyArticle('ru');
    const path = await tempFile(
      'word.html',
      '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:v="urn:schemas-microsoft-com:vml"><body>' +
        '<!--[if gte vml 1]><v:shape><v:imagedata src="file:///C:/Users/a/img.png"/></v:shape><![endif]-->' +
        '<p class=MsoNormal>Курс рубля <b>стабилен</b><o:p></o:p></p>' +
        '<p class=MsoNormal><a href="file:///C:/secret.docx">локальный файл</a><o:p>&nbsp;</o:p></p></body></html>',
    );
    const result = await importInto(target, 'ru', path);
    expect(outline(result.article.versions.ru.body)).toEqual(['paragraph: Курс рубля стабилен', 'paragraph: локальный файл']);
    expect(result.notices).toContainEqual({ code: 'links-removed', count: 1 });
    expect(await readFile(articleFile(target), 'utf8')).not.toMatch(FORBIDDEN);
  });
});
