import { channelNames } from '../../shared/ipc/contract';
import type { Handlers } from '../../shared/ipc/dispatcher';
import { AppError } from '../../shared/ipc/error-codes';

/** A full handler map for dispatcher tests: the given handlers, every other channel unimplemented. */
export function fakeHandlers(overrides: Partial<Record<keyof Handlers, (request: never) => Promise<unknown>>>): Handlers {
  const handlers: Record<string, (request: unknown) => Promise<unknown>> = {};
  for (const channel of channelNames) {
    handlers[channel] = async () => {
      throw new AppError('invalid-operation', `${channel} is not implemented in this test`);
    };
  }
  return { ...handlers, ...overrides } as unknown as Handlers;
}
