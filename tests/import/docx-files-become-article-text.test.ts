import { readFile } from 'node:fs/promises';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { getArticle } from '../../electron/services/library/get-article';
import { saveArticle } from '../../electron/services/library/save-article';
import {
  articleFile,
  articleOnDisk,
  convertToDocxWithLibreOffice,
  emptyArticle,
  expectOnlySchemaContent,
  fixturePath,
  importInto,
  listItems,
  markedRuns,
  outline,
  tempFile,
} from './import-test-support';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

// Both documents in one LibreOffice run (it starts slowly), made when the first test needs them.
let conversion: Promise<Map<string, Uint8Array> | null> | null = null;
function libreOfficeDocx(): Promise<Map<string, Uint8Array> | null> {
  conversion ??= convertToDocxWithLibreOffice([fixturePath('libreoffice-article.en.fodt'), fixturePath('word-processor-article.be.html')]);
  return conversion;
}

/** A Russian article written with the `docx` package, the way other programs generate DOCX. */
async function generatedRussianDocx(): Promise<Uint8Array> {
  const doc = new Document({
    styles: {
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { size: 28 } },
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } },
      ],
    },
    numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Бюджет на следующий год принят')] }),
          new Paragraph({ style: 'Subtitle', children: [new TextRun('Дефицит впервые за пять лет превысит три процента')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Главные цифры')] }),
          new Paragraph({
            children: [
              new TextRun('Расходы на оборону '),
              new TextRun({ text: 'выросли на треть', bold: true }),
              new TextRun(', на образование — '),
              new TextRun({ text: 'остались прежними', italics: true }),
              new TextRun('; '),
              new TextRun({ text: 'обещанное повышение зарплат', strike: true }),
              new TextRun(' '),
              new TextRun({ text: 'перенесено', underline: {} }),
              new TextRun('. Текст закона опубликован на '),
              new ExternalHyperlink({ link: 'https://example.org/ru/budget-2025', children: [new TextRun('правовом портале')] }),
              new TextRun(' ('),
              new ExternalHyperlink({ link: 'javascript:alert(document.cookie)', children: [new TextRun('архив')] }),
              new TextRun(').'),
            ],
          }),
          new Paragraph({ style: 'Quote', children: [new TextRun('«Это бюджет безопасности», — сказал министр финансов.')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Что изменится')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Налоги для предпринимателей')] }),
          new Paragraph({ bullet: { level: 1 }, children: [new TextRun('Особенно для ИП')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Акцизы на топливо')] }),
          new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun('Закон вступает в силу в январе.')] }),
          new Paragraph({ numbering: { reference: 'steps', level: 0 }, children: [new TextRun('Поправки возможны весной.')] }),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 40, height: 40 } }), new TextRun('График показывает дефицит по годам.')],
          }),
          new Table({
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Статья')] }), new TableCell({ children: [new Paragraph('Доля')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Оборона')] }), new TableCell({ children: [new Paragraph('18 %')] })] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('importing a DOCX into a language version', () => {
  it('a LibreOffice DOCX keeps title, lead, headings, nested lists, marks, links and quotes; images and tables are reported', async (ctx) => {
    const converted = await libreOfficeDocx();
    if (converted === null) return ctx.skip();
    const target = await emptyArticle('en');
    const result = await importInto(target, 'en', await tempFile('private schools.docx', converted.get('libreoffice-article.en.fodt')!));
    const en = result.article.versions.en;
    expect(en.title).toBe('Minsk tightens the rules for private schools');
    expect(en.lead).toBe('A new decree leaves parents with fewer choices');
    expect(en.status).toBe('draft');
    expect(outline(en.body)).toEqual([
      'h2: What the decree says',
      expect.stringMatching(/^paragraph: From September every private school needs a new licence, renewed each year, and the old three-year permits lapse\. Parents were not consulted\./),
      'blockquote: “We are not closing anyone down,” the deputy minister told reporters.',
      'h3: Who is affected',
      'bulletList: Forty-two licensed schoolsMost of them in MinskAbout nine thousand pupils',
      'orderedList: Schools apply by the first of July.The ministry decides within a month.',
      'paragraph: The chart shows enrolment since 2015.',
      'paragraph: Year | Schools',
      'paragraph: 2020 | 51',
      'paragraph: 2024 | 42',
    ]);
    expect(listItems(en.body)).toEqual(['1:Forty-two licensed schools', '2:Most of them in Minsk', '1:About nine thousand pupils', '1:Schools apply by the first of July.', '1:The ministry decides within a month.']);
    expect(markedRuns(en.body)).toEqual([
      'new licence|bold',
      'renewed each year|italic',
      'old three-year permits|strike',
      'ministry’s website|link:https://example.org/en/decree-214',
    ]);
    expect(result.notices).toEqual([
      { code: 'images-dropped', count: 1 },
      { code: 'tables-flattened', count: 1 },
      { code: 'formatting-dropped', count: null },
    ]);
    // The other languages are untouched, and what was returned is what is on disk.
    expect(result.article.versions.be).toEqual(target.article.versions.be);
    expect(result.article.versions.ru).toEqual(target.article.versions.ru);
    expect(await articleOnDisk(target)).toEqual(result.article);
    expectOnlySchemaContent(await articleOnDisk(target));
  });

  it('a word-processor DOCX without a Title style keeps the version title and turns its first heading into a section', async (ctx) => {
    const converted = await libreOfficeDocx();
    if (converted === null) return ctx.skip();
    const target = await emptyArticle('be');
    const result = await importInto(target, 'be', await tempFile('пенсіі.DOCX', converted.get('word-processor-article.be.html')!));
    const be = result.article.versions.be;
    expect(be.title).toBe('');
    expect(outline(be.body).slice(0, 4)).toEqual([
      'h2: Што вырашыў урад',
      expect.stringMatching(/^paragraph: Урад павысіў мінімальную пенсію, але не для ўсіх: абяцаная са студзеня індэксацыя адкладзена да лета\./),
      'blockquote: «Грошы ў бюджэце ёсць, але не адразу», — сказаў міністр фінансаў.',
      'h3: Каго гэта датычыць',
    ]);
    expect(listItems(be.body)).toEqual(['1:Пенсіянераў па ўзросце', '2:Асабліва ў вёсках', '1:Людзей з інваліднасцю', '1:Заяву падаюць да першага ліпеня.', '1:Выплаты пачынаюцца ў жніўні.']);
    expect(markedRuns(be.body)).toEqual([
      'павысіў мінімальную пенсію|bold',
      'але не для ўсіх|italic',
      'абяцаная са студзеня|strike',
      'справаздачы міністэрства|link:https://example.org/be/pensii-2024',
    ]);
    expect(result.notices).toContainEqual({ code: 'images-dropped', count: 1 });
    expect(result.notices.map((n) => n.code)).not.toContain('title-from-heading');
    expectOnlySchemaContent(await articleOnDisk(target));
  });

  it('a DOCX generated by the docx package imports the same way, in Russian, and refuses its javascript: link', async () => {
    const target = await emptyArticle('ru');
    const path = await tempFile('бюджет.docx', await generatedRussianDocx());
    const result = await importInto(target, 'ru', path);
    const ru = result.article.versions.ru;
    expect(ru.title).toBe('Бюджет на следующий год принят');
    expect(ru.lead).toBe('Дефицит впервые за пять лет превысит три процента');
    expect(outline(ru.body)).toEqual([
      'h2: Главные цифры',
      'paragraph: Расходы на оборону выросли на треть, на образование — остались прежними; обещанное повышение зарплат перенесено. Текст закона опубликован на правовом портале (архив).',
      'blockquote: «Это бюджет безопасности», — сказал министр финансов.',
      'h3: Что изменится',
      'bulletList: Налоги для предпринимателейОсобенно для ИПАкцизы на топливо',
      'orderedList: Закон вступает в силу в январе.Поправки возможны весной.',
      'paragraph: График показывает дефицит по годам.',
      'paragraph: Статья | Доля',
      'paragraph: Оборона | 18 %',
    ]);
    expect(listItems(ru.body).slice(0, 3)).toEqual(['1:Налоги для предпринимателей', '2:Особенно для ИП', '1:Акцизы на топливо']);
    expect(markedRuns(ru.body)).toEqual([
      'выросли на треть|bold',
      'остались прежними|italic',
      'обещанное повышение зарплат|strike',
      'правовом портале|link:https://example.org/ru/budget-2025',
    ]);
    expect(result.notices).toEqual([
      { code: 'images-dropped', count: 1 },
      { code: 'tables-flattened', count: 1 },
      { code: 'links-removed', count: 1 },
      { code: 'formatting-dropped', count: null },
    ]);
    expect(JSON.stringify(result.article)).not.toContain('javascript');
    // The revision returned is the one on disk: the editor can keep saving on top of it.
    const saved = await readFile(articleFile(target));
    const reloaded = await getArticle(target.lib.library, target.issueId, target.articleId);
    expect(reloaded.revision).toBe(result.revision);
    expect(reloaded.article).toEqual(result.article);
    expect(JSON.parse(saved.toString('utf8'))).toEqual(result.article);
  });

  it('replaces an existing text and keeps a status beyond draft', async () => {
    const target = await emptyArticle('ru');
    const first = await importInto(target, 'ru', await tempFile('a.docx', await generatedRussianDocx()));
    const approved = { ...first.article, versions: { ...first.article.versions, ru: { ...first.article.versions.ru, status: 'approved' as const } } };
    const { revision } = await saveArticle(target.lib.library, { issueId: target.issueId, article: approved, baseRevision: first.revision });
    const path = await tempFile('b.md', '## Новый раздел\n\nТолько один абзац.\n');
    const second = await importInto({ ...target, revision }, 'ru', path);
    expect(second.article.versions.ru.status).toBe('approved');
    expect(second.article.versions.ru.title).toBe('Бюджет на следующий год принят');
    expect(outline(second.article.versions.ru.body)).toEqual(['h2: Новый раздел', 'paragraph: Только один абзац.']);
  });
});

it('the fixtures are what the tests say they are', async () => {
  // A guard against a fixture edited into something the assertions above no longer describe.
  const fodt = await readFile(fixturePath('libreoffice-article.en.fodt'), 'utf8');
  expect(fodt).toContain('text:style-name="Title"');
  expect(fodt).toContain('<draw:image>');
});
