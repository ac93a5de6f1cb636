import { ARTICLE_SCHEMA_VERSION, type Article, type ArticleVersion } from '../../../shared/domain/article';
import { DEFAULT_RUBRICS } from '../../../shared/domain/library-manifest';
import type { Language } from '../../../shared/domain/language';
import type { ProseDoc, ProseNode } from '../../../shared/domain/prose-doc';
import type { IssueForExport } from '../../../shared/export/issue-for-export';
import { DEFAULT_PUBLICATION, type Publication } from '../../../shared/export/publication';
import { createSample, NOW } from '../../domain/sample-issue-fixtures';

// Shared by the exporter tests: the sample issue (two articles, every language) plus one
// article that uses every node and mark of the schema, in all three languages, so each
// format is checked against everything an analyst can write.

export const PUBLICATION: Publication = { ...DEFAULT_PUBLICATION, webBaseUrl: 'https://bulletin.example.org/issues/' };

const t = (text: string, ...marks: string[]): ProseNode =>
  marks.length ? { type: 'text', text, marks: marks.map((m) => (m.startsWith('link:') ? { type: 'link', attrs: { href: m.slice(5) } } : { type: m })) } : { type: 'text', text };
const p = (id: string | null, ...content: ProseNode[]): ProseNode => ({ type: 'paragraph', ...(id ? { attrs: { blockId: id } } : {}), content });
const li = (...content: ProseNode[]): ProseNode => ({ type: 'listItem', content });

interface RichTexts {
  title: string;
  lead: string;
  h2: string;
  intro: [string, string, string, string];
  h3: string;
  items: [string, string, string];
  nested: string;
  steps: [string, string];
  quote: string;
  closing: [string, string];
}

function richBody(x: RichTexts): ProseDoc {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { blockId: 'rich-h2', level: 2 }, content: [t(x.h2)] },
      p('rich-p1', t(x.intro[0]), t(x.intro[1], 'bold'), t(', '), t(x.intro[2], 'italic'), t(', '), t(x.intro[3], 'strike')),
      { type: 'heading', attrs: { blockId: 'rich-h3', level: 3 }, content: [t(x.h3)] },
      {
        type: 'bulletList',
        attrs: { blockId: 'rich-ul' },
        content: [
          li(p(null, t(x.items[0]))),
          li(p(null, t(x.items[1], 'bold', 'italic')), { type: 'bulletList', content: [li(p(null, t(x.nested)))] }),
          li(p(null, t(x.items[2], 'link:https://example.org/report?a=1&b=2'))),
        ],
      },
      { type: 'orderedList', attrs: { blockId: 'rich-ol', start: 1 }, content: [li(p(null, t(x.steps[0]))), li(p(null, t(x.steps[1])))] },
      { type: 'blockquote', attrs: { blockId: 'rich-q' }, content: [p(null, t(x.quote))] },
      { type: 'horizontalRule', attrs: { blockId: 'rich-hr' } },
      p('rich-p2', t(x.closing[0]), { type: 'hardBreak' }, t(x.closing[1], 'link:mailto:desk@example.org')),
    ],
  };
}

const RICH: Record<Language, RichTexts> = {
  en: {
    title: 'Sanctions, budgets and “quiet” reforms',
    lead: 'What changed this week, in one page',
    h2: 'The main points',
    intro: ['Three things mattered: ', 'the budget', 'the border regime', 'the promised reform'],
    h3: 'In detail',
    items: ['Prices rose by 0.4 % in a month.', 'Imports fell for the third month running.', 'The full report is online.'],
    nested: 'Mostly cars and machinery.',
    steps: ['Parliament votes on Tuesday.', 'The law takes effect in April.'],
    quote: '“We will not raise taxes this year,” the minister said.',
    closing: ['Questions and corrections:', 'write to the desk'],
  },
  be: {
    title: 'Санкцыі, бюджэты і «ціхія» рэформы',
    lead: 'Што змянілася за тыдзень — на адной старонцы',
    h2: 'Галоўнае',
    intro: ['Важнымі былі тры рэчы: ', 'бюджэт', 'памежны рэжым', 'абяцаная рэформа'],
    h3: 'Падрабязна',
    items: ['Цэны за месяц выраслі на 0,4 %.', 'Імпарт скарачаецца трэці месяц запар.', 'Поўны даклад — у сеціве.'],
    nested: 'Найперш аўтамабілі і тэхніка.',
    steps: ['Парламент галасуе ў аўторак.', 'Закон уступае ў сілу ў красавіку.'],
    quote: '«Сёлета падаткі павышаць не будзем», — заявіў міністр.',
    closing: ['Пытанні і выпраўленні:', 'пішыце ў рэдакцыю'],
  },
  ru: {
    title: 'Санкции, бюджеты и «тихие» реформы',
    lead: 'Что изменилось за неделю — на одной странице',
    h2: 'Главное',
    intro: ['Важными были три вещи: ', 'бюджет', 'пограничный режим', 'обещанная реформа'],
    h3: 'Подробно',
    items: ['Цены за месяц выросли на 0,4 %.', 'Импорт сокращается третий месяц подряд.', 'Полный доклад — в сети.'],
    nested: 'Прежде всего автомобили и техника.',
    steps: ['Парламент голосует во вторник.', 'Закон вступает в силу в апреле.'],
    quote: '«В этом году налоги повышать не будем», — заявил министр.',
    closing: ['Вопросы и исправления:', 'пишите в редакцию'],
  },
};

function richVersion(lang: Language): ArticleVersion {
  const x = RICH[lang];
  return { title: x.title, lead: x.lead, body: richBody(x), status: 'approved', updatedAt: NOW, translatedFrom: {} };
}

/** An article with every node and mark of the schema, approved in all three languages. */
export function richArticle(id = 'article-rich'): Article {
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    rubric: 'security',
    authors: [{ en: 'Alena Kavalenka', be: 'Алена Каваленка', ru: 'Елена Коваленко' }],
    sourceLanguage: 'en',
    createdAt: NOW,
    versions: { en: richVersion('en'), be: richVersion('be'), ru: richVersion('ru') },
  };
}

/** The texts of the rich article, for tests that check words come back out of a format. */
export const RICH_TEXTS = RICH;

/** The sample issue with the rich article appended: three articles in reading order. */
export function issueForExportFixture(): IssueForExport {
  const { issue, articles } = createSample();
  const rich = richArticle();
  return { issue: { ...issue, articleOrder: [...issue.articleOrder, rich.id] }, articles: [...articles, rich], rubrics: DEFAULT_RUBRICS };
}
