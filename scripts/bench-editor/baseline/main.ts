// Baseline page for `npm run bench:editor`: three bare TipTap StarterKit editors side by
// side, nothing else. Opening fetches the documents from the same server, like the app's
// article:get, then creates the editors.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

type Lang = 'en' | 'be' | 'ru';
const NAMES: Record<Lang, string> = { en: 'English', be: 'Belarusian', ru: 'Russian' };

const params = new URLSearchParams(location.search);
const doc = params.get('doc') ?? 'long';
const colWidth = params.get('colWidth');
if (colWidth) document.documentElement.style.setProperty('--col-width', `${colWidth}px`);

const editors: Editor[] = [];
(window as unknown as { __editors: Editor[] }).__editors = editors;

document.getElementById('open')!.addEventListener('click', async () => {
  const response = await fetch(`./docs-${doc}.json`, { cache: 'no-store' });
  const docs = (await response.json()) as Record<Lang, object>;
  const columns = document.getElementById('columns')!;
  for (const lang of ['en', 'be', 'ru'] as const) {
    const column = document.createElement('section');
    column.className = 'column';
    columns.append(column);
    editors.push(
      new Editor({
        element: column,
        extensions: [StarterKit],
        content: docs[lang],
        editorProps: { attributes: { lang, role: 'textbox', 'aria-multiline': 'true', 'aria-label': `Body (${NAMES[lang]})` } },
      }),
    );
  }
});
