import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../common/SelectField';
import type { Issue } from '../../shared/domain/issue';
import { ISSUE_STATUSES } from '../../shared/domain/statuses';

export type IssuePatch = Partial<Pick<Issue, 'number' | 'periodStart' | 'periodEnd' | 'status'>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Number, period and status of an issue. Each field is written when it is committed
 * (change for dates and status, blur or Enter for the number); an invalid value stays in
 * the field with an explanation and is not sent.
 */
export function IssueDetailsForm({ issue, onUpdate }: { issue: Issue; onUpdate(patch: IssuePatch): Promise<boolean> }) {
  const { t } = useTranslation(['issue', 'common']);
  const [number, setNumber] = useState(String(issue.number));
  const [start, setStart] = useState(issue.periodStart);
  const [end, setEnd] = useState(issue.periodEnd);
  const [problem, setProblem] = useState<'number' | 'period' | null>(null);
  const problemId = useId();

  // Adopt what was saved (or changed on disk by someone else).
  useEffect(() => setNumber(String(issue.number)), [issue.number]);
  useEffect(() => setStart(issue.periodStart), [issue.periodStart]);
  useEffect(() => setEnd(issue.periodEnd), [issue.periodEnd]);

  const commitNumber = () => {
    const value = Number(number);
    if (!Number.isInteger(value) || value < 1 || value > 1_000_000) {
      setProblem('number');
      return;
    }
    if (problem === 'number') setProblem(null);
    if (value !== issue.number) void onUpdate({ number: value });
  };

  const commitPeriod = (nextStart: string, nextEnd: string) => {
    if (!ISO_DATE.test(nextStart) || !ISO_DATE.test(nextEnd)) return;
    if (nextStart > nextEnd) {
      setProblem('period');
      return;
    }
    if (problem === 'period') setProblem(null);
    if (nextStart !== issue.periodStart || nextEnd !== issue.periodEnd) {
      void onUpdate({ periodStart: nextStart, periodEnd: nextEnd });
    }
  };

  return (
    <div className="issue-details">
      <label className="field field--narrow">
        <span className="field__label">{t('number')}</span>
        <input
          className="input"
          type="number"
          inputMode="numeric"
          min={1}
          max={1_000_000}
          value={number}
          aria-invalid={problem === 'number' || undefined}
          aria-describedby={problem === 'number' ? problemId : undefined}
          onChange={(event) => setNumber(event.target.value)}
          onBlur={commitNumber}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitNumber();
          }}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('periodStart')}</span>
        <input
          className="input"
          type="date"
          value={start}
          aria-invalid={problem === 'period' || undefined}
          aria-describedby={problem === 'period' ? problemId : undefined}
          onChange={(event) => {
            setStart(event.target.value);
            commitPeriod(event.target.value, end);
          }}
        />
      </label>
      <label className="field">
        <span className="field__label">{t('periodEnd')}</span>
        <input
          className="input"
          type="date"
          value={end}
          aria-invalid={problem === 'period' || undefined}
          aria-describedby={problem === 'period' ? problemId : undefined}
          onChange={(event) => {
            setEnd(event.target.value);
            commitPeriod(start, event.target.value);
          }}
        />
      </label>
      <SelectField
        label={t('status')}
        value={issue.status}
        options={ISSUE_STATUSES.map((status) => ({ value: status, label: t(`common:issueStatus.${status}`) }))}
        onChange={(status) => void onUpdate({ status })}
      />
      {problem && (
        <p id={problemId} className="field__error issue-details__problem" role="alert">
          {problem === 'number' ? t('invalidNumber') : t('invalidPeriod')}
        </p>
      )}
    </div>
  );
}
