import { createContext, useContext } from 'react';

export type NoticeKind = 'error' | 'info';

export interface Notice {
  id: number;
  kind: NoticeKind;
  message: string;
}

export interface Notices {
  notices: readonly Notice[];
  /** Errors stay until dismissed (D3: failures are loud); info notices fade on their own. */
  notify(kind: NoticeKind, message: string): void;
  dismiss(id: number): void;
}

export const NoticeContext = createContext<Notices | null>(null);

export function useNotices(): Notices {
  const notices = useContext(NoticeContext);
  if (!notices) throw new Error('useNotices outside NoticeProvider');
  return notices;
}
