import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/ipc/error-codes';

/**
 * Paths the user picked in an OS dialog, handed to the renderer as opaque tokens. The
 * renderer can then only ask to write into a folder or read a file the user chose
 * themselves: a compromised renderer cannot name `/etc` or `~/.ssh` (S6).
 */
export interface FileGrants {
  grant(kind: GrantKind, absolutePath: string): string;
  /** The granted path; `invalid-request` for an unknown token or one of another kind. */
  resolve(kind: GrantKind, token: string): string;
}

export type GrantKind = 'export-folder' | 'import-file';

export function createFileGrants(): FileGrants {
  const grants = new Map<string, { kind: GrantKind; path: string }>();
  return {
    grant(kind, absolutePath) {
      const token = randomBytes(18).toString('base64url');
      grants.set(token, { kind, path: absolutePath });
      return token;
    },
    resolve(kind, token) {
      const entry = grants.get(token);
      if (!entry || entry.kind !== kind) throw new AppError('invalid-request', 'that file or folder was not chosen in this session');
      return entry.path;
    },
  };
}
