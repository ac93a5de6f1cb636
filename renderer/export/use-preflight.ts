import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../shared/domain/language';
import type { PreflightFinding } from '../../shared/export/preflight-finding';
import { ipc } from '../ipc/api';

export type PreflightState =
  | { status: 'running'; findings: readonly PreflightFinding[] }
  | { status: 'ready'; findings: readonly PreflightFinding[] }
  | { status: 'failed'; findings: readonly PreflightFinding[]; error: unknown };

export interface Preflight {
  state: PreflightState;
  recheck(): void;
  /** Findings that came with an export's result (they include the measured emails). */
  adopt(findings: readonly PreflightFinding[]): void;
}

const NONE: readonly PreflightFinding[] = [];

/**
 * The check before export for the chosen languages, run again whenever they change (and
 * when the email is chosen or dropped: only then does main render it to measure it).
 * An answer for an older choice never replaces the one for the current choice.
 */
export function usePreflight(issueId: string, languages: readonly Language[], withEmail: boolean): Preflight {
  const [state, setState] = useState<PreflightState>({ status: 'running', findings: NONE });
  const [nonce, setNonce] = useState(0);
  const languagesKey = languages.join(',');

  useEffect(() => {
    const chosen = languagesKey === '' ? [] : (languagesKey.split(',') as Language[]);
    if (chosen.length === 0) {
      setState({ status: 'ready', findings: NONE });
      return;
    }
    let current = true;
    // The previous findings stay on screen (marked as being checked) instead of flickering away.
    setState((s) => ({ status: 'running', findings: s.findings }));
    ipc.call('export:preflight', { issueId, languages: chosen, formats: withEmail ? ['email'] : [] }).then(
      ({ findings }) => current && setState({ status: 'ready', findings }),
      (error: unknown) => current && setState({ status: 'failed', findings: NONE, error }),
    );
    return () => {
      current = false;
    };
  }, [issueId, languagesKey, withEmail, nonce]);

  const recheck = useCallback(() => setNonce((n) => n + 1), []);
  const adopt = useCallback((findings: readonly PreflightFinding[]) => setState({ status: 'ready', findings }), []);
  return { state, recheck, adopt };
}
