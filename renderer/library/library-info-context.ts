import { createContext, useContext } from 'react';
import type { Rubric } from '../../shared/domain/library-manifest';
import type { LibraryInfo } from '../../shared/ipc/summaries';

export const LibraryInfoContext = createContext<LibraryInfo | null>(null);

export function useLibraryInfo(): LibraryInfo {
  const info = useContext(LibraryInfoContext);
  if (!info) throw new Error('useLibraryInfo outside LibraryInfoContext');
  return info;
}

export function findRubric(info: LibraryInfo, id: string): Rubric | undefined {
  return info.rubrics.find((r) => r.id === id);
}
