import { blockquote, bold, bulletList, doc, italic, link, listItem, paragraph } from './prose-builders';
import type { SampleArticle } from './sample-article';

// An invented budget revision, written for the sample. Belarusian is the source here, to
// show a newcomer that any language can be: Russian is translated, English still a draft.
// `~` is a non-breaking space (see prose-builders).
const AMENDMENTS_URL = 'https://example.org/parliament/budget-amendments';

export const sampleArticleEconomy: SampleArticle = {
  rubric: 'economy',
  authors: [
    { en: 'Dzianis Marozau', be: 'Дзяніс Марозаў', ru: 'Денис Морозов' },
    { en: 'Volha Shyla', be: 'Вольга Шыла', ru: 'Ольга Шило' },
  ],
  sourceLanguage: 'be',
  versions: {
    en: {
      status: 'draft',
      title: 'Budget rewritten mid-year',
      lead: 'Just six months on, the government admits its forecast was too optimistic',
      body: doc(
        paragraph(
          's2-p1',
          'The Ministry of Finance has submitted amendments to this year’s budget to parliament. The growth forecast has been cut from 3.5 to 1.8~per cent, while the deficit, by new estimates, will ',
          bold('almost double'),
          '. The main changes are:',
        ),
        bulletList(
          's2-l1',
          listItem('spending on state investment programmes is cut by a quarter;'),
          listItem('the indexation of public-sector wages moves from July to October;'),
          listItem('borrowing limits are raised to cover external debt payments.'),
        ),
        blockquote(
          's2-q1',
          '“We are ',
          italic('not abandoning'),
          ' our social commitments; we are only moving them in time,” the deputy finance minister explained at a parliamentary committee meeting.',
        ),
        paragraph(
          's2-p2',
          'The new forecast is more realistic, yet it still relies on external demand recovering by the autumn. If that does not happen, the government will have to return to the budget once more~– this time in less favourable conditions. The text of the amendments is published on ',
          link(AMENDMENTS_URL, 'the parliament’s website'),
          '.',
        ),
      ),
    },
    be: {
      status: 'reviewed',
      title: 'Бюджэт перапісваюць у сярэдзіне года',
      lead: 'Усяго праз паўгода ўрад прызнаў свой прагноз занадта аптымістычным',
      body: doc(
        paragraph(
          's2-p1',
          'Міністэрства фінансаў унесло ў парламент папраўкі да бюджэту на бягучы год. Прагноз росту эканомікі зніжаны з 3,5 да 1,8~працэнта, а дэфіцыт бюджэту, паводле новых разлікаў, ',
          bold('амаль падвоіцца'),
          '. Асноўныя змены такія:',
        ),
        bulletList(
          's2-l1',
          listItem('выдаткі на дзяржаўныя інвестыцыйныя праграмы скарачаюцца на чвэрць;'),
          listItem('індэксацыя заробкаў у бюджэтнай сферы пераносіцца з ліпеня на кастрычнік;'),
          listItem('ліміты запазычанняў павялічваюцца, каб пакрыць плацяжы па знешнім доўгу.'),
        ),
        blockquote(
          's2-q1',
          '«Мы ',
          italic('не адмаўляемся'),
          ' ад сацыяльных абавязацельстваў, мы толькі пераносім іх у часе»,~— патлумачыў намеснік міністра фінансаў на пасяджэнні парламенцкай камісіі.',
        ),
        paragraph(
          's2-p2',
          'Новы прагноз больш рэалістычны, але і ён абапіраецца на аднаўленне знешняга попыту да восені. Калі гэтага не адбудзецца, ураду давядзецца вярнуцца да бюджэту яшчэ раз~— ужо ў менш спрыяльных умовах. Тэкст папраўак апублікаваны на ',
          link(AMENDMENTS_URL, 'сайце парламента'),
          '.',
        ),
      ),
    },
    ru: {
      status: 'translated',
      title: 'Бюджет переписывают в середине года',
      lead: 'Всего через полгода правительство признало свой прогноз слишком оптимистичным',
      body: doc(
        paragraph(
          's2-p1',
          'Министерство финансов внесло в парламент поправки к бюджету на текущий год. Прогноз роста экономики снижен с 3,5 до 1,8~процента, а дефицит бюджета, по новым расчётам, ',
          bold('почти удвоится'),
          '. Основные изменения таковы:',
        ),
        bulletList(
          's2-l1',
          listItem('расходы на государственные инвестиционные программы сокращаются на четверть;'),
          listItem('индексация зарплат в бюджетной сфере переносится с июля на октябрь;'),
          listItem('лимиты заимствований увеличиваются, чтобы покрыть платежи по внешнему долгу.'),
        ),
        blockquote(
          's2-q1',
          '«Мы ',
          italic('не отказываемся'),
          ' от социальных обязательств, мы лишь переносим их во времени»,~— пояснил заместитель министра финансов на заседании парламентской комиссии.',
        ),
        paragraph(
          's2-p2',
          'Новый прогноз реалистичнее, но и он опирается на восстановление внешнего спроса к осени. Если этого не произойдёт, правительству придётся вернуться к бюджету ещё раз~— уже в менее благоприятных условиях. Текст поправок опубликован на ',
          link(AMENDMENTS_URL, 'сайте парламента'),
          '.',
        ),
      ),
    },
  },
};
