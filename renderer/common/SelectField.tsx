import type { ReactNode } from 'react';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  /** Set when the label is written in another language than the UI (a language's own name). */
  lang?: string;
}

/** A labelled drop-down whose value is one of a fixed set of strings. */
export function SelectField<T extends string>(props: {
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange(value: T): void;
  hint?: ReactNode;
}) {
  return (
    <label className="field">
      <span className="field__label">{props.label}</span>
      <select className="input" value={props.value} onChange={(event) => props.onChange(event.target.value as T)}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
      {props.hint && <span className="field__hint">{props.hint}</span>}
    </label>
  );
}
