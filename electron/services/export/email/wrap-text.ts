/** How one paragraph of plain text is laid out. */
export interface WrapOptions {
  /** Longest line, in characters, counting prefixes and the trailing space of a soft break. */
  width: number;
  /** Written before the first line ("– ", "1. ", "> "). */
  firstPrefix?: string;
  /** Written before every other line (the list marker's indent, "> "). */
  prefix?: string;
}

// Characters, not bytes or UTF-16 units: a Cyrillic letter is one column of a reader's screen.
const length = (text: string) => [...text].length;

// Only ordinary spaces and tabs are break opportunities: the no-break spaces the typography
// rules put into "0,4 %" or "10 000" must keep their words together.
const BREAKABLE_SPACE = /[ \t]+/;

const isPunctuationOnly = (token: string) => !/[\p{L}\p{N}]/u.test(token);
// A one-letter word (в, з, у, і, а, I, a) left at a line's end reads as a typo in Belarusian
// and Russian typesetting; it travels with the next word.
const isHangingWord = (token: string) => /^[\p{Ps}\p{Pi}"']*\p{L}$/u.test(token);

/** Words grouped into the units a line may not break inside. */
function unbreakableUnits(line: string): string[][] {
  const units: string[][] = [];
  for (const token of line.split(BREAKABLE_SPACE).filter((t) => t !== '')) {
    const last = units.at(-1);
    // A dash or a lone punctuation mark never starts a line; a one-letter word never ends one.
    if (last && (isPunctuationOnly(token) || isHangingWord(last.at(-1)!))) last.push(token);
    else units.push([token]);
  }
  return units;
}

function layoutHardLine(text: string, width: number, firstPrefix: string, prefix: string): string[] {
  const lines: string[] = [];
  let current = firstPrefix;
  let hasWords = false;
  const place = (word: string) => {
    // Every line but the last ends with the soft-break space, so it must fit too.
    if (hasWords && length(current) + 1 + length(word) + 1 > width) {
      lines.push(`${current} `);
      current = prefix;
      hasWords = false;
    }
    current += hasWords ? ` ${word}` : word;
    hasWords = true;
  };
  for (const unit of unbreakableUnits(text)) {
    const joined = unit.join(' ');
    // A unit wider than a whole line (a long run of dashes) is split after all.
    if (length(prefix) + length(joined) + 1 > width && unit.length > 1) unit.forEach(place);
    else place(joined);
  }
  lines.push(hasWords ? current : current.trimEnd());
  return lines;
}

/**
 * A paragraph as lines of at most `width` characters where its words allow (a word longer
 * than a line, such as a URL, gets a line of its own). Lines are format=flowed (RFC 3676):
 * a line the wrapping broke ends with a space, so a client that knows the format can reflow
 * it; a line break the writer made ("\n") ends without one.
 */
export function wrapText(text: string, options: WrapOptions): string[] {
  const firstPrefix = options.firstPrefix ?? '';
  const prefix = options.prefix ?? '';
  return text
    .split('\n')
    .flatMap((hardLine, index) => layoutHardLine(hardLine, options.width, index === 0 ? firstPrefix : prefix, prefix));
}
