import type { Edition } from '../../../../shared/export/language-edition';

const LONGEST = 140;
const SHORTEST = 90;

/**
 * Invisible filler after the preheader. Inbox previews show the first ~100–200 characters of
 * a message; without filler they go on into whatever the body says first (the masthead, the
 * "read on the web" line). Zero-width non-joiner, no-break space and combining grapheme joiner
 * render as nothing, and the plain space between groups lets clients wrap the hidden block.
 */
export const PREHEADER_PADDING = '\u200C\u00A0\u034F '.repeat(90);

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function asSentence(text: string): string {
  return /[.!?…:;]$/.test(text) ? text : `${text}.`;
}

function shortened(text: string): string {
  if ([...text].length <= LONGEST) return text;
  const cut = [...text].slice(0, LONGEST - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length >= SHORTEST ? atWord : cut).replace(/[\s,;:.—–-]+$/, '')}…`;
}

/**
 * The line an inbox shows next to the subject: the period and its first article's
 * title and lead, 90–140 characters where the issue has that much to say (the titles of the
 * next articles fill a short one; a long one is cut at a word, with an ellipsis).
 */
export function emailPreheaderText(edition: Edition): string {
  const sentences = (...texts: string[]) => texts.map(oneLine).filter((text) => text !== '').map(asSentence);
  const [first, ...rest] = edition.articles;
  const opening = first ? sentences(first.title, first.lead) : [];
  if (opening.length === 0) return shortened(`${edition.period} — ${oneLine(edition.publicationName)}`);
  let text = `${edition.period} — ${opening.join(' ')}`;
  for (const next of rest) {
    if ([...text].length >= SHORTEST) break;
    for (const title of sentences(next.title)) text += ` ${title}`;
  }
  return shortened(text);
}
