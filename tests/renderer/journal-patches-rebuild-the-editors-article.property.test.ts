import { EditorState, type Transaction } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleDraft } from '../../renderer/article/article-draft';
import { ArticleJournal } from '../../renderer/article/article-journal';
import { newArticle, type Article } from '../../shared/domain/article';
import { LANGUAGES, type Language } from '../../shared/domain/language';
import type { ProseDoc } from '../../shared/domain/prose-doc';
import { documentSchema } from '../../shared/editor/document-schema';
import type { JournalPatch } from '../../shared/journal/journal-patch';
import { fakeJournalMain } from '../support/fake-journal-main';

// The crash journal sends main only what changed since the entry main holds (D6 at the cost
// of a paragraph, not of three bodies). These tests drive an ArticleDraft with ProseMirror
// states standing in for the body editors, journal after every step, and compare the entry
// main rebuilt from the patches with the editor's article: one lost or misplaced block
// would be a lost paragraph after a crash.

const NOW = '2026-03-10T10:00:00.000Z';
const schema = documentSchema();

function paragraph(id: string, text: string): PMNode {
  return schema.node('paragraph', { blockId: id }, text ? [schema.text(text)] : []);
}

function bodyOf(count: number, prefix: string): PMNode {
  return schema.node('doc', null, Array.from({ length: count }, (_, i) => paragraph(`${prefix}${String(i).padStart(4, '0')}`, `${prefix} paragraph ${i} with some words in it.`)));
}

/** Body editors as bare ProseMirror states, attached to the draft as BodyEditor attaches them. */
class FakeEditors {
  readonly states = new Map<Language, EditorState>();
  private readonly detach = new Map<Language, () => void>();

  constructor(private readonly draft: ArticleDraft) {}

  open(lang: Language, doc: PMNode): void {
    this.states.set(lang, EditorState.create({ schema, doc }));
    this.detach.set(
      lang,
      this.draft.attachBody(
        lang,
        () => this.states.get(lang)!.doc.toJSON() as ProseDoc,
        () => this.states.get(lang)!.doc.content.content,
      ),
    );
  }

  close(lang: Language): void {
    this.detach.get(lang)?.();
    this.detach.delete(lang);
    this.states.delete(lang);
  }

  edit(lang: Language, change: (tr: Transaction, doc: PMNode) => void): void {
    const state = this.states.get(lang);
    if (!state) return;
    const tr = state.tr;
    change(tr, state.doc);
    if (!tr.docChanged) return;
    this.states.set(lang, state.apply(tr));
    this.draft.bodyChanged(lang);
  }
}

/** Start position of top-level block `index` (clamped to the document). */
function blockStart(doc: PMNode, index: number): { pos: number; node: PMNode; index: number } {
  const i = Math.min(index, doc.childCount - 1);
  let pos = 0;
  for (let k = 0; k < i; k++) pos += doc.child(k).nodeSize;
  return { pos, node: doc.child(i), index: i };
}

type Command =
  | { kind: 'type'; lang: Language; block: number; at: number; text: string }
  | { kind: 'split'; lang: Language; block: number; at: number }
  | { kind: 'join'; lang: Language; block: number }
  | { kind: 'delete'; lang: Language; block: number }
  | { kind: 'insert'; lang: Language; block: number; id: string }
  | { kind: 'move'; lang: Language; from: number; to: number }
  | { kind: 'replace-all'; lang: Language; blocks: number }
  | { kind: 'title'; lang: Language; text: string }
  | { kind: 'status'; lang: Language }
  | { kind: 'translated-from'; lang: Language; id: string }
  | { kind: 'rubric'; rubric: string }
  | { kind: 'toggle-column'; lang: Language }
  | { kind: 'main-forgets' };

const lang = fc.constantFrom<Language>(...LANGUAGES);
const index = fc.nat({ max: 30 });
const words = fc.constantFrom('ўсё', 'всё', 'word', ' ', 'Лукашэнка', 'x', 'ё');
const command: fc.Arbitrary<Command> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('type' as const), lang, block: index, at: fc.nat({ max: 60 }), text: words }), weight: 6 },
  fc.record({ kind: fc.constant('split' as const), lang, block: index, at: fc.nat({ max: 60 }) }),
  fc.record({ kind: fc.constant('join' as const), lang, block: index }),
  fc.record({ kind: fc.constant('delete' as const), lang, block: index }),
  fc.record({ kind: fc.constant('insert' as const), lang, block: index, id: fc.stringMatching(/^[a-z0-9]{6}$/) }),
  fc.record({ kind: fc.constant('move' as const), lang, from: index, to: index }),
  fc.record({ kind: fc.constant('replace-all' as const), lang, blocks: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('title' as const), lang, text: words }),
  fc.record({ kind: fc.constant('status' as const), lang }),
  fc.record({ kind: fc.constant('translated-from' as const), lang, id: fc.stringMatching(/^[a-z0-9]{6}$/) }),
  fc.record({ kind: fc.constant('rubric' as const), rubric: fc.constantFrom('economy', 'politics', 'society') }),
  fc.record({ kind: fc.constant('toggle-column' as const), lang }),
  fc.record({ kind: fc.constant('main-forgets' as const) }),
);

function run(commandToRun: Command, draft: ArticleDraft, editors: FakeEditors, main: ReturnType<typeof fakeJournalMain>): void {
  const c = commandToRun;
  switch (c.kind) {
    case 'type':
      return editors.edit(c.lang, (tr, doc) => {
        const { pos, node } = blockStart(doc, c.block);
        if (node.isTextblock) tr.insertText(c.text, pos + 1 + Math.min(c.at, node.content.size));
      });
    case 'split':
      return editors.edit(c.lang, (tr, doc) => {
        const { pos, node } = blockStart(doc, c.block);
        if (node.isTextblock) tr.split(pos + 1 + Math.min(c.at, node.content.size));
      });
    case 'join':
      return editors.edit(c.lang, (tr, doc) => {
        const { pos, node, index: i } = blockStart(doc, c.block);
        if (i > 0 && node.isTextblock && doc.child(i - 1).isTextblock) tr.join(pos);
      });
    case 'delete':
      return editors.edit(c.lang, (tr, doc) => {
        const { pos, node } = blockStart(doc, c.block);
        if (doc.childCount > 1) tr.delete(pos, pos + node.nodeSize);
      });
    case 'insert':
      return editors.edit(c.lang, (tr, doc) => {
        tr.insert(blockStart(doc, c.block).pos, paragraph(`new-${c.id}`, `inserted ${c.id}`));
      });
    case 'move':
      // The same node object at another place: a patch must refer to it by where it was.
      return editors.edit(c.lang, (tr, doc) => {
        const from = blockStart(doc, c.from);
        if (doc.childCount < 2) return;
        tr.delete(from.pos, from.pos + from.node.nodeSize);
        tr.insert(blockStart(tr.doc, c.to).pos, from.node);
      });
    case 'replace-all':
      return editors.edit(c.lang, (tr, doc) => {
        tr.replaceWith(0, doc.content.size, bodyOf(c.blocks, `r${c.blocks}`).content);
      });
    case 'title':
      return draft.setText(c.lang, 'title', draft.current.versions[c.lang].title + c.text);
    case 'status':
      return draft.setStatus(c.lang, draft.current.versions[c.lang].status === 'draft' ? 'translated' : 'draft');
    case 'translated-from':
      return draft.setTranslatedFrom(c.lang, { ...draft.current.versions[c.lang].translatedFrom, [`blk${c.id}`]: `source ${c.id}` });
    case 'rubric':
      return draft.setRubric(c.rubric);
    case 'toggle-column':
      if (editors.states.has(c.lang)) editors.close(c.lang);
      else editors.open(c.lang, schema.nodeFromJSON(draft.snapshot().versions[c.lang].body));
      return;
    case 'main-forgets':
      return main.forget();
  }
}

function startingArticle(): Article {
  const article = newArticle({ id: 'a-patches1', rubric: 'economy', sourceLanguage: 'en', now: NOW });
  for (const l of LANGUAGES) article.versions[l] = { ...article.versions[l], status: 'draft', body: bodyOf(25, l).toJSON() as ProseDoc };
  return article;
}

const bodyBlocks = (patch: JournalPatch) =>
  LANGUAGES.flatMap((l) => patch.versions?.[l]?.body?.content ?? []).filter((item) => !('keep' in item));

describe('crash journal patches (D6)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('main rebuilds exactly the editor article from the patches, whatever is edited, moved, hidden or forgotten', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 40 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), async (commands, journalAfter) => {
        const draft = new ArticleDraft(startingArticle(), () => NOW);
        const editors = new FakeEditors(draft);
        const article = draft.current;
        for (const l of LANGUAGES) editors.open(l, schema.nodeFromJSON(article.versions[l].body));
        const main = fakeJournalMain();
        const journal = new ArticleJournal({ draft, hasUnsavedChanges: () => true, baseRevision: () => 'rev-1', send: main.send, delayMs: 100 });
        for (const [i, c] of commands.entries()) {
          run(c, draft, editors, main);
          journal.changed();
          // Sometimes several steps go into one entry, as when typing is fast.
          if (journalAfter[i]) await vi.advanceTimersByTimeAsync(150);
        }
        draft.markChanged();
        journal.changed();
        await vi.advanceTimersByTimeAsync(150);
        expect(main.latest).toEqual(draft.snapshot());
        journal.dispose();
      }),
      { numRuns: 150 },
    );
  });

  it('typing in one paragraph of a long body sends that paragraph, not the article', async () => {
    const draft = new ArticleDraft(startingArticle(), () => NOW);
    const editors = new FakeEditors(draft);
    for (const l of LANGUAGES) editors.open(l, schema.nodeFromJSON(draft.current.versions[l].body));
    const main = fakeJournalMain();
    const journal = new ArticleJournal({ draft, hasUnsavedChanges: () => true, baseRevision: () => 'rev-1', send: main.send, delayMs: 100 });
    editors.edit('be', (tr, doc) => tr.insertText('ў', blockStart(doc, 3).pos + 2));
    journal.changed();
    await vi.advanceTimersByTimeAsync(150);
    expect(main.sent.map((s) => s.kind)).toEqual(['whole']);

    for (let i = 0; i < 5; i++) {
      editors.edit('be', (tr, doc) => tr.insertText('ы', blockStart(doc, 12).pos + 3));
      journal.changed();
      await vi.advanceTimersByTimeAsync(150);
    }
    const patches = main.sent.slice(1);
    expect(patches.map((s) => s.kind)).toEqual(['patch', 'patch', 'patch', 'patch', 'patch']);
    for (const sent of patches) {
      if (sent.kind !== 'patch') continue;
      // Only Belarusian changed: one paragraph with its text, the rest as two runs of kept blocks.
      expect(Object.keys(sent.patch.versions ?? {})).toEqual(['be']);
      expect(bodyBlocks(sent.patch)).toHaveLength(1);
      expect(sent.patch.versions?.be?.body?.content).toEqual([{ keep: 0, count: 12 }, expect.objectContaining({ type: 'paragraph' }), { keep: 13, count: 12 }]);
      expect(JSON.stringify(sent.patch).length).toBeLessThan(JSON.stringify(draft.snapshot()).length / 20);
    }
    expect(main.latest).toEqual(draft.snapshot());
    journal.dispose();
  });

  it('after main lost its entry, the next write sends the whole article again', async () => {
    const draft = new ArticleDraft(startingArticle(), () => NOW);
    const editors = new FakeEditors(draft);
    editors.open('ru', schema.nodeFromJSON(draft.current.versions.ru.body));
    const main = fakeJournalMain();
    const journal = new ArticleJournal({ draft, hasUnsavedChanges: () => true, baseRevision: () => 'rev-1', send: main.send, delayMs: 100 });
    const typeRussian = async (text: string) => {
      editors.edit('ru', (tr, doc) => tr.insertText(text, blockStart(doc, 1).pos + 1));
      journal.changed();
      await vi.advanceTimersByTimeAsync(150);
    };
    await typeRussian('Вот ');
    await typeRussian('так ');
    main.forget();
    await typeRussian('всё.');
    // The refused patch, then the whole article; nothing typed is missing from main's entry.
    expect(main.sent.map((s) => s.kind)).toEqual(['whole', 'patch', 'patch', 'whole']);
    expect(main.written.map((w) => w.kind)).toEqual(['whole', 'patch', 'whole']);
    expect(main.latest?.versions.ru.body.content?.[1]?.content?.[0]?.text).toMatch(/^всё\.так Вот ru paragraph 1/);
    journal.dispose();
  });
});
