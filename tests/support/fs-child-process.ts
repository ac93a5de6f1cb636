import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface LineChild {
  child: ChildProcess;
  /** Resolves with the next stdout line; rejects on timeout or if the child exits first. */
  nextLine(timeoutMs?: number): Promise<string>;
  /** Resolves when the child has exited and its output is drained. */
  closed: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Spawns a child and reads its stdout line by line (the children speak one message a line). */
export function spawnLineChild(command: string, args: string[]): LineChild {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const queued: string[] = [];
  const waiting: Array<(line: string | undefined) => void> = [];
  let ended = false;
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  createInterface({ input: child.stdout! })
    .on('line', (line) => {
      const waiter = waiting.shift();
      if (waiter) waiter(line);
      else queued.push(line);
    })
    .on('close', () => {
      ended = true;
      for (const waiter of waiting.splice(0)) waiter(undefined);
    });
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return {
    child,
    closed,
    nextLine(timeoutMs = 20_000) {
      const line = queued.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (ended) return Promise.reject(new Error(`child exited before writing a line; stderr: ${stderr}`));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no line from child within ${timeoutMs} ms; stderr: ${stderr}`)), timeoutMs);
        waiting.push((next) => {
          clearTimeout(timer);
          if (next === undefined) reject(new Error(`child exited before writing a line; stderr: ${stderr}`));
          else resolve(next);
        });
      });
    },
  };
}

/** `node --import tsx <script>`: for children spawned a few times (each start costs ~0.2–0.5 s). */
export function spawnTsxChild(script: string, args: string[]): LineChild {
  return spawnLineChild(process.execPath, ['--import', 'tsx', script, ...args]);
}
