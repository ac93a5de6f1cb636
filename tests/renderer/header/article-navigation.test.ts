import { describe, expect, it } from 'vitest';
import { articlePosition } from '../../../renderer/article/header/article-neighbours';
import { articleStep } from '../../../renderer/article/header/navigation-shortcut';
import type { ArticleSummary } from '../../../shared/ipc/summaries';

const readable = (id: string, en: string): ArticleSummary => ({
  readable: true,
  id,
  rubric: 'economy',
  titles: { en, be: '', ru: '' },
  statuses: { en: 'draft', be: 'empty', ru: 'empty' },
});
const unreadable = (id: string): ArticleSummary => ({ readable: false, id, reason: 'empty', detail: 'bad' });

describe('the article navigator', () => {
  const articles = [readable('a1', 'First'), unreadable('a2'), readable('a3', 'Third')];

  it('knows the position and both neighbours in the reading order', () => {
    expect(articlePosition(articles, 'a1')).toEqual({ position: 1, count: 3, previous: null, next: articles[1] });
    expect(articlePosition(articles, 'a2')).toEqual({ position: 2, count: 3, previous: articles[0], next: articles[2] });
    expect(articlePosition(articles, 'a3')).toEqual({ position: 3, count: 3, previous: articles[1], next: null });
  });

  it('has no position or neighbours for an article that is no longer in the issue', () => {
    expect(articlePosition(articles, 'gone')).toEqual({ position: 0, count: 3, previous: null, next: null });
    expect(articlePosition([], 'a1')).toEqual({ position: 0, count: 0, previous: null, next: null });
  });
});

describe('Alt+PageUp / Alt+PageDown', () => {
  const key = (key: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; repeat: boolean }> = {}) => ({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...mods,
  });

  it('step to the previous and next article', () => {
    expect(articleStep(key('PageUp', { altKey: true }))).toBe(-1);
    expect(articleStep(key('PageDown', { altKey: true }))).toBe(1);
  });

  it('leave every other key, other modifiers and held-down repeats alone', () => {
    expect(articleStep(key('PageUp'))).toBeNull();
    expect(articleStep(key('ArrowUp', { altKey: true }))).toBeNull();
    expect(articleStep(key('PageDown', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(articleStep(key('PageDown', { altKey: true, shiftKey: true }))).toBeNull();
    expect(articleStep(key('PageUp', { altKey: true, metaKey: true }))).toBeNull();
    expect(articleStep(key('PageDown', { altKey: true, repeat: true }))).toBeNull();
  });
});
