import { describe, expect, it } from 'vitest';
import { columnRows, moveColumn, toggleColumn } from '../../../renderer/common/column-order';

describe('the Columns menu', () => {
  it('lists shown columns in their order, then the hidden ones', () => {
    expect(columnRows(['ru', 'be'])).toEqual(['ru', 'be', 'en']);
    expect(columnRows(['en', 'be', 'ru'])).toEqual(['en', 'be', 'ru']);
    expect(columnRows(['be'])).toEqual(['be', 'en', 'ru']);
  });

  it('shows a column at the end and hides one, but never the last', () => {
    expect(toggleColumn(['ru', 'be'], 'en', true)).toEqual(['ru', 'be', 'en']);
    expect(toggleColumn(['ru', 'be'], 'be', true)).toEqual(['ru', 'be']);
    expect(toggleColumn(['en', 'be', 'ru'], 'ru', false)).toEqual(['en', 'be']);
    expect(toggleColumn(['be'], 'be', false)).toEqual(['be']);
  });

  it('moves a shown column one place left or right, within the shown ones', () => {
    expect(moveColumn(['en', 'be'], 'be', -1)).toEqual(['be', 'en']);
    expect(moveColumn(['en', 'be', 'ru'], 'en', 1)).toEqual(['be', 'en', 'ru']);
    expect(moveColumn(['en', 'be'], 'en', -1)).toEqual(['en', 'be']);
    expect(moveColumn(['en', 'be'], 'be', 1)).toEqual(['en', 'be']);
    expect(moveColumn(['en', 'be'], 'ru', -1)).toEqual(['en', 'be']);
  });

  it('does not change the list it was given', () => {
    const visible = ['en', 'be', 'ru'] as const;
    moveColumn(visible, 'ru', -1);
    toggleColumn(visible, 'en', false);
    expect(visible).toEqual(['en', 'be', 'ru']);
  });
});
