import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { NoticeContext, type Notice, type NoticeKind, type Notices } from './notice-context';

const INFO_LIFETIME_MS = 6000;
const MAX_NOTICES = 5;

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => setNotices((all) => all.filter((n) => n.id !== id)), []);

  const notify = useCallback(
    (kind: NoticeKind, message: string) => {
      const id = nextId.current++;
      setNotices((all) => {
        // The same failure repeated (e.g. every autosave retry) is one notice, not a pile.
        const rest = all.filter((n) => !(n.kind === kind && n.message === message));
        return [...rest, { id, kind, message }].slice(-MAX_NOTICES);
      });
      if (kind === 'info') {
        const timer = setTimeout(() => {
          timers.current.delete(timer);
          dismiss(id);
        }, INFO_LIFETIME_MS);
        timers.current.add(timer);
      }
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);

  const value = useMemo<Notices>(() => ({ notices, notify, dismiss }), [notices, notify, dismiss]);
  return <NoticeContext.Provider value={value}>{children}</NoticeContext.Provider>;
}
