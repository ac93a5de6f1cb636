import { describe, expect, it } from 'vitest';
import type { ProseNode } from '../../../shared/domain/prose-doc';
import { emailSize, GMAIL_CLIP_BYTES } from '../../../electron/services/export/email/email-size';
import { issueForExportFixture, PUBLICATION, RICH_TEXTS } from '../support/issue-for-export-fixture';
import { renderEmail, squash } from './support/render-email';

const CYRILLIC_PARAGRAPH = `${RICH_TEXTS.ru.quote} ${RICH_TEXTS.ru.lead}. ${RICH_TEXTS.be.items[1]} ${RICH_TEXTS.ru.steps.join(' ')}`;

/** The fixture issue with its rich article's Russian body grown by `paragraphs` Cyrillic paragraphs. */
function paddedIssue(paragraphs: number) {
  const input = issueForExportFixture();
  const rich = input.articles.at(-1)!;
  const extra: ProseNode[] = Array.from({ length: paragraphs }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `${i + 1}. ${CYRILLIC_PARAGRAPH}` }] }));
  rich.versions.ru.body = { ...rich.versions.ru.body, content: [...rich.versions.ru.body.content!, ...extra] };
  return input;
}

describe('emailSize', () => {
  it('clips over 102 KB, counted in UTF-8 bytes', () => {
    expect(GMAIL_CLIP_BYTES).toBe(102 * 1024);
    expect(emailSize('a'.repeat(GMAIL_CLIP_BYTES))).toEqual({ bytes: GMAIL_CLIP_BYTES, clipped: false });
    expect(emailSize('a'.repeat(GMAIL_CLIP_BYTES + 1))).toEqual({ bytes: GMAIL_CLIP_BYTES + 1, clipped: true });
  });

  it('counts a Cyrillic letter as two bytes: half as many letters reach the limit', () => {
    const letters = 'я'.repeat(GMAIL_CLIP_BYTES / 2);
    expect(emailSize(letters)).toEqual({ bytes: GMAIL_CLIP_BYTES, clipped: false });
    expect(emailSize(`${letters}ў`)).toEqual({ bytes: GMAIL_CLIP_BYTES + 2, clipped: true });
  });

  it('finds the fixture issue well within the limit in every language', async () => {
    for (const lang of ['en', 'be', 'ru'] as const) {
      const { html } = await renderEmail(lang);
      expect(emailSize(html)).toEqual({ bytes: Buffer.byteLength(html), clipped: false });
    }
  });

  it('reports an issue padded past 102 KB as clipped, with its exact size', async () => {
    const { html } = await renderEmail('ru', PUBLICATION, paddedIssue(400));
    const size = emailSize(html);
    expect(size).toEqual({ bytes: Buffer.byteLength(html), clipped: true });
    expect(size.bytes).toBeGreaterThan(GMAIL_CLIP_BYTES);
    // The Cyrillic text is what pushed it over: in characters the email is far shorter.
    expect(html.length).toBeLessThan(size.bytes * 0.7);
    expect(squash(html)).toContain(squash(`400. ${CYRILLIC_PARAGRAPH.slice(0, 40)}`));
  });

  it('measures growing issues consistently: the smaller ones fit, the larger ones are clipped', async () => {
    let under = 0;
    let over = 0;
    for (const paragraphs of [100, 150, 200, 250, 300]) {
      const { html } = await renderEmail('ru', PUBLICATION, paddedIssue(paragraphs));
      const size = emailSize(html);
      expect(size.bytes).toBe(Buffer.byteLength(html));
      expect(size.clipped).toBe(size.bytes > GMAIL_CLIP_BYTES);
      if (size.clipped) over++;
      else under++;
    }
    expect(under).toBeGreaterThan(0);
    expect(over).toBeGreaterThan(0);
  });
});
