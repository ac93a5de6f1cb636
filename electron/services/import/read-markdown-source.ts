import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { decodeUtf8Text } from './decode-utf8-text';
import { MAX_LEAD_CHARS, MAX_TITLE_CHARS } from './import-limits';
import { inertHtmlDocument } from './inert-html-document';
import type { ImportSource } from './import-source';
import { malformedFile } from './malformed-file';
import { plainLine, takeFirstH1 } from './take-title-text';

// YAML front matter: `---` on the first line, `---` (or `...`) closing it.
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

interface FrontMatter {
  title: string | null;
  lead: string | null;
}

function textField(value: unknown, maxChars: number): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = plainLine(String(value), maxChars);
  return text === '' ? null : text;
}

function readFrontMatter(yaml: string): FrontMatter {
  let data: unknown;
  try {
    // The default alias limit stops "billion laughs" documents.
    data = parseYaml(yaml, { maxAliasCount: 100 });
  } catch (error) {
    throw malformedFile(`its front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { title: null, lead: null };
  const record = data as Record<string, unknown>;
  return { title: textField(record.title, MAX_TITLE_CHARS), lead: textField(record.lead, MAX_LEAD_CHARS) };
}

function markdownRenderer() {
  // html: false shows raw HTML as the text it is, never as markup; linkify off so that text
  // that merely looks like an address stays text. GFM strike-through (~~) is on by default.
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  // markdown-it would render a refused link (javascript:, data:) as its raw source, brackets
  // and all. Every link is let through instead, so the one link policy (X2) decides in the
  // shared path, keeps the text, and counts the link in the notice.
  md.validateLink = () => true;
  return md;
}

/** A Markdown file: front matter gives the title and lead (our own Markdown export writes them there). */
export function readMarkdownSource(bytes: Uint8Array): ImportSource {
  let text = decodeUtf8Text(bytes, 'Markdown file');
  let front: FrontMatter = { title: null, lead: null };
  const match = FRONT_MATTER.exec(text);
  if (match) {
    front = readFrontMatter(match[1] ?? '');
    text = text.slice(match[0].length);
  }
  const document = inertHtmlDocument(`<!DOCTYPE html><html><body>${markdownRenderer().render(text)}</body></html>`);
  if (front.title !== null) {
    // A file that repeats its title as `# Title` below the front matter: one title, not two.
    const first = document.body.firstElementChild;
    if (first?.localName === 'h1' && plainLine(first.textContent ?? '', MAX_TITLE_CHARS) === front.title) first.remove();
    return { document, title: front.title, titleFromHeading: false, lead: front.lead, imagesDropped: 0 };
  }
  const heading = takeFirstH1(document);
  return { document, title: heading, titleFromHeading: heading !== null, lead: front.lead, imagesDropped: 0 };
}
