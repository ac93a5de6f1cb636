/**
 * What only the desktop shell can do: an OS folder dialog and a restart. The Electron main
 * passes an adapter; the browser transport and the tests pass none (or a fake), and the
 * channels answer `invalid-operation`.
 */
export interface DesktopPort {
  /** Resolves to an absolute folder path, or null when the user cancels. */
  chooseFolder(): Promise<string | null>;
  restart(): void;
}
