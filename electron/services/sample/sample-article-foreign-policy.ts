import { blockquote, bold, doc, heading, italic, link, paragraph } from './prose-builders';
import type { SampleArticle } from './sample-article';

// An invented week, written for the sample: no real event, no named living politician.
// `~` is a non-breaking space (see prose-builders). English is the source; the Belarusian
// and Russian versions are translations at different stages of the workflow.
const STATEMENT_URL = 'https://example.org/mfa/dairy-statement';

export const sampleArticleForeignPolicy: SampleArticle = {
  rubric: 'foreign-policy',
  authors: [{ en: 'Alena Kavalenka', be: 'Алена Каваленка', ru: 'Елена Коваленко' }],
  sourceLanguage: 'en',
  versions: {
    en: {
      status: 'approved',
      title: 'Dairy dispute with a neighbour: Minsk bets on talks',
      lead: 'Official Minsk is keeping the conflict technical for now',
      body: doc(
        paragraph(
          's1-p1',
          'The dispute over dairy exports has entered its second week. After the neighbouring country’s veterinary service suspended imports from ',
          bold('eleven Belarusian plants'),
          ', citing “discrepancies in certificates”, official Minsk chose talks rather than retaliation.',
        ),
        heading('s1-h1', 2, 'A two-track response'),
        paragraph(
          's1-p2',
          'The Foreign Ministry has proposed a joint inspection of the plants within ten~days, while the Ministry of Agriculture is redirecting unsold volumes to other markets. Neither ministry has mentioned retaliation~– a restraint that ',
          italic('stands in sharp contrast'),
          ' to the rhetoric of earlier trade conflicts.',
        ),
        blockquote(
          's1-q1',
          '“We are ready to open every workshop to inspectors: let the facts speak, not ‘unofficial sources’,” the deputy minister of agriculture told a briefing on Wednesday.',
        ),
        paragraph(
          's1-p3',
          'Minsk’s calculation is simple: a quick technical settlement costs less than a trade war with a key buyer. The neighbour’s reply to the inspection offer will show what really lies behind the ban: milk or politics. The Foreign Ministry’s statement is published in full on ',
          link(STATEMENT_URL, 'its website'),
          '.',
        ),
      ),
    },
    be: {
      status: 'translated',
      title: 'Малочная спрэчка з суседам: Мінск робіць стаўку на перамовы',
      lead: 'Афіцыйны Мінск пакуль утрымлівае канфлікт у тэхнічных межах',
      body: doc(
        paragraph(
          's1-p1',
          'Спрэчка вакол экспарту малочнай прадукцыі доўжыцца ўжо другі тыдзень. Пасля таго як ветэрынарная служба суседняй краіны прыпыніла ўвоз прадукцыі ',
          bold('адзінаццаці беларускіх прадпрыемстваў'),
          ', спаслаўшыся на «разыходжанні ў сертыфікатах», афіцыйны Мінск выбраў перамовы, а не меры ў адказ.',
        ),
        heading('s1-h1', 2, 'Адказ па двух кірунках'),
        paragraph(
          's1-p2',
          'МЗС прапанавала правесці сумесную інспекцыю прадпрыемстваў на працягу дзесяці~дзён, а Міністэрства сельскай гаспадаркі перанакіроўвае непрададзеныя аб’ёмы на іншыя рынкі. Ні адно з ведамстваў не згадала пра меры ў адказ~— і гэтая стрыманасць ',
          italic('выразна кантрастуе'),
          ' з рыторыкай ранейшых гандлёвых канфліктаў.',
        ),
        blockquote(
          's1-q1',
          '«Мы гатовыя адкрыць для інспектараў кожны цэх: няхай гавораць факты, а не „неафіцыйныя крыніцы“»,~— заявіў намеснік міністра сельскай гаспадаркі на брыфінгу ў сераду.',
        ),
        paragraph(
          's1-p3',
          'Разлік Мінска просты: хуткае тэхнічнае ўрэгуляванне абыдзецца танней, чым гандлёвая вайна з ключавым пакупніком. Адказ суседа на прапанову інспекцыі пакажа, чым насамрэч выклікана забарона: малаком ці палітыкай. Заява МЗС цалкам апублікавана на ',
          link(STATEMENT_URL, 'яго сайце'),
          '.',
        ),
      ),
    },
    ru: {
      status: 'reviewed',
      title: 'Молочный спор с соседом: Минск делает ставку на переговоры',
      lead: 'Официальный Минск пока удерживает конфликт в технических рамках',
      body: doc(
        paragraph(
          's1-p1',
          'Спор вокруг экспорта молочной продукции длится уже вторую неделю. После того как ветеринарная служба соседней страны приостановила ввоз продукции ',
          bold('одиннадцати белорусских предприятий'),
          ', сославшись на «расхождения в сертификатах», официальный Минск выбрал переговоры, а не ответные меры.',
        ),
        heading('s1-h1', 2, 'Ответ по двум направлениям'),
        paragraph(
          's1-p2',
          'МИД предложил провести совместную инспекцию предприятий в течение десяти~дней, а Министерство сельского хозяйства перенаправляет непроданные объёмы на другие рынки. Ни одно из ведомств не упомянуло об ответных мерах~— и эта сдержанность ',
          italic('резко контрастирует'),
          ' с риторикой прежних торговых конфликтов.',
        ),
        blockquote(
          's1-q1',
          '«Мы готовы открыть для инспекторов каждый цех: пусть говорят факты, а не „неофициальные источники“»,~— заявил заместитель министра сельского хозяйства на брифинге в среду.',
        ),
        paragraph(
          's1-p3',
          'Расчёт Минска прост: быстрое техническое урегулирование обойдётся дешевле, чем торговая война с ключевым покупателем. Ответ соседа на предложение об инспекции покажет, чем на самом деле вызван запрет: молоком или политикой. Заявление МИД полностью опубликовано на ',
          link(STATEMENT_URL, 'его сайте'),
          '.',
        ),
      ),
    },
  },
};
