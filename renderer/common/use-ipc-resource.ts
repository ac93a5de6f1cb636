import { useCallback, useEffect, useRef, useState } from 'react';

export type Resource<T> =
  | { status: 'loading'; data: null; error: null; reload(): void }
  | { status: 'ready'; data: T; error: null; reload(): void }
  | { status: 'failed'; data: null; error: unknown; reload(): void };

type Loaded<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; error: unknown };

/**
 * Loads something over IPC and reloads on demand. A reload keeps showing the previous
 * data until the new answer arrives (no flicker on every library change), and answers
 * that arrive out of order are ignored.
 */
export function useIpcResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const run = useCallback(() => {
    const mine = ++generation.current;
    loadRef.current().then(
      (data) => {
        if (generation.current === mine) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (generation.current === mine) setState({ status: 'failed', error });
      },
    );
  }, []);

  useEffect(() => {
    setState({ status: 'loading' });
    run();
    return () => {
      generation.current++;
    };
  }, [key, run]);

  if (state.status === 'ready') return { status: 'ready', data: state.data, error: null, reload: run };
  if (state.status === 'failed') return { status: 'failed', data: null, error: state.error, reload: run };
  return { status: 'loading', data: null, error: null, reload: run };
}
