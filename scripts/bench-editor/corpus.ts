/**
 * Deterministic, real-looking trilingual article bodies for the editor benchmark: the same
 * block structure (and blockIds) in English, Belarusian and Russian, ~60–100 words per
 * paragraph, a few headings and a bulleted list.
 */
import type { ProseDoc, ProseNode } from '../../shared/domain/prose-doc';

export type Lang = 'en' | 'be' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'be', 'ru'];

const WORDS: Record<Lang, string> = {
  en: `the government parliament minister election opposition court prison sentence protest
    journalist newspaper editor bulletin week report authorities police detained released
    border trade grain corridor talks resumed negotiations sanctions economy inflation prices
    wages pension budget ministry regional council village town city capital country neighbours
    citizens voters campaign candidate commission observers statement decision appeal lawyer
    human rights defenders organisation independent media website blocked extremist materials
    list added removed fine administrative criminal case investigation committee prosecutor
    hearing verdict years colony restricted freedom political prisoners amnesty pardon exile
    emigration return passport consulate abroad diaspora community culture language school
    university students teachers books publishing theatre music festival concert museum history
    memory archive church religion health hospital doctors vaccine winter heating energy gas
    nuclear plant railway transport roads construction factory workers union strike agriculture
    harvest farmers weather forecast flooding forest fires army military exercises alliance
    security service officers announced said reported according sources confirmed denied
    claimed warned promised demanded called urged expected planned started continued ended
    after before during while because although however meanwhile also still already again
    new old large small first last next main public private local national international
    official unofficial previous current several many few most every each other another`,
  be: `урад парламент міністр выбары апазіцыя суд турма прысуд пратэст журналіст газета
    рэдактар бюлетэнь тыдзень справаздача улады міліцыя затрыманы вызвалены мяжа гандаль
    збожжа калідор перамовы аднавіліся санкцыі эканоміка інфляцыя цэны заробкі пенсія бюджэт
    міністэрства абласны савет вёска горад сталіца краіна суседзі грамадзяне выбаршчыкі
    кампанія кандыдат камісія назіральнікі заява рашэнне скарга адвакат праваабаронцы
    арганізацыя незалежныя медыя сайт заблакаваны экстрэмісцкія матэрыялы спіс дададзены
    штраф адміністрацыйная крымінальная справа следства камітэт пракурор пасяджэнне вырак
    гадоў калонія абмежаванне волі палітвязні амністыя памілаванне выгнанне эміграцыя
    вяртанне пашпарт консульства замежжа дыяспара супольнасць культура мова школа
    універсітэт студэнты настаўнікі кнігі выдавецтва тэатр музыка фестываль канцэрт музей
    гісторыя памяць архіў царква рэлігія здароўе шпіталь лекары вакцына зіма ацяпленне
    энергетыка газ атамная станцыя чыгунка транспарт дарогі будаўніцтва завод рабочыя
    прафсаюз забастоўка сельская гаспадарка ураджай фермеры надвор'е прагноз паводка лясныя
    пажары войска вучэнні саюз бяспека служба афіцэры абвясцілі паведамілі паводле крыніц
    пацвердзілі адмаўлялі заявілі папярэдзілі абяцалі патрабавалі заклікалі чакаецца
    плануецца пачаўся працягваўся скончыўся пасля перад падчас калі таму хаця аднак
    тым часам таксама яшчэ ўжо зноў новы стары вялікі малы першы апошні наступны галоўны
    публічны прыватны мясцовы нацыянальны міжнародны афіцыйны ўласна некалькі шмат
    мала большасць кожны іншы ўвосень узімку беларускі ўрадавы ўсе ўзровень`,
  ru: `правительство парламент министр выборы оппозиция суд тюрьма приговор протест
    журналист газета редактор бюллетень неделя отчёт власти милиция задержан освобождён
    граница торговля зерно коридор переговоры возобновились санкции экономика инфляция цены
    зарплаты пенсия бюджет министерство областной совет деревня город столица страна соседи
    граждане избиратели кампания кандидат комиссия наблюдатели заявление решение жалоба
    адвокат правозащитники организация независимые медиа сайт заблокирован экстремистские
    материалы список добавлены штраф административное уголовное дело следствие комитет
    прокурор заседание приговор лет колония ограничение свободы политзаключённые амнистия
    помилование изгнание эмиграция возвращение паспорт консульство заграница диаспора
    сообщество культура язык школа университет студенты учителя книги издательство театр
    музыка фестиваль концерт музей история память архив церковь религия здоровье больница
    врачи вакцина зима отопление энергетика газ атомная станция железная дорога транспорт
    дороги строительство завод рабочие профсоюз забастовка сельское хозяйство урожай
    фермеры погода прогноз наводнение лесные пожары армия учения союз безопасность служба
    офицеры объявили сообщили по данным источников подтвердили отрицали заявили
    предупредили обещали потребовали призвали ожидается планируется начался продолжался
    закончился после перед во время когда потому хотя однако тем временем также ещё уже
    снова новый старый большой малый первый последний следующий главный публичный частный
    местный национальный международный официальный несколько много мало большинство
    каждый другой объём подъезд съезд ёлка`,
};

const HEADINGS: Record<Lang, string[]> = {
  en: ['Politics and courts', 'Economy', 'Society', 'Culture and language', 'Regions', 'Abroad', 'Media', 'Week in brief'],
  be: ['Палітыка і суды', 'Эканоміка', 'Грамадства', 'Культура і мова', 'Рэгіёны', 'За мяжой', 'Медыя', 'Тыдзень коратка'],
  ru: ['Политика и суды', 'Экономика', 'Общество', 'Культура и язык', 'Регионы', 'За рубежом', 'Медиа', 'Неделя кратко'],
};

/** mulberry32: small deterministic PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Block = { kind: 'p'; words: number } | { kind: 'h'; index: number } | { kind: 'ul'; items: number[] };

function structure(targetWords: number, rand: () => number): Block[] {
  const blocks: Block[] = [];
  let words = 0;
  let heading = 0;
  let sinceHeading = 0;
  let listDone = 0;
  while (words < targetWords) {
    if (sinceHeading >= 6 + Math.floor(rand() * 4)) {
      blocks.push({ kind: 'h', index: heading++ % HEADINGS.en.length });
      sinceHeading = 0;
      continue;
    }
    if (listDone < Math.max(1, Math.floor(targetWords / 2500)) && blocks.length > 4 + listDone * 25) {
      const items = [12, 15, 9, 18];
      blocks.push({ kind: 'ul', items });
      words += items.reduce((a, b) => a + b, 0);
      listDone++;
      continue;
    }
    const n = 60 + Math.floor(rand() * 41);
    blocks.push({ kind: 'p', words: n });
    words += n;
    sinceHeading++;
  }
  return blocks;
}

function sentenceText(lang: Lang, wordCount: number, rand: () => number): string {
  const vocab = WORDS[lang].split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let left = wordCount;
  while (left > 0) {
    const len = Math.min(left, 7 + Math.floor(rand() * 10));
    const words = Array.from({ length: len }, () => vocab[Math.floor(rand() * vocab.length)]!);
    if (len > 5 && rand() < 0.4) words[Math.floor(len / 2)] += ',';
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    out.push(words.join(' ') + '.');
    left -= len;
  }
  return out.join(' ');
}

export function wordCount(doc: ProseDoc): number {
  let n = 0;
  const walk = (node: ProseNode) => {
    if (node.text) n += node.text.split(/\s+/).filter(Boolean).length;
    node.content?.forEach(walk);
  };
  walk(doc as ProseNode);
  return n;
}

/** Three bodies with shared blockIds (`${prefix}0001`…) and about `wordsPerLanguage` words each. */
export function makeBodies(wordsPerLanguage: number, seed: number, prefix: string): Record<Lang, ProseDoc> {
  const blocks = structure(wordsPerLanguage, rng(seed));
  const out = {} as Record<Lang, ProseDoc>;
  LANGS.forEach((lang, li) => {
    const rand = rng(seed * 31 + li + 1);
    const content: ProseNode[] = blocks.map((block, i) => {
      const blockId = `${prefix}${String(i + 1).padStart(4, '0')}`;
      const text = (t: string): ProseNode[] => [{ type: 'text', text: t }];
      switch (block.kind) {
        case 'h':
          return { type: 'heading', attrs: { level: 2, blockId }, content: text(HEADINGS[lang][block.index]!) };
        case 'ul':
          return {
            type: 'bulletList',
            attrs: { blockId },
            content: block.items.map((n) => ({
              type: 'listItem',
              content: [{ type: 'paragraph', content: text(sentenceText(lang, n, rand)) }],
            })),
          };
        case 'p':
          return { type: 'paragraph', attrs: { blockId }, content: text(sentenceText(lang, block.words, rand)) };
      }
    });
    out[lang] = { type: 'doc', content };
  });
  return out;
}
