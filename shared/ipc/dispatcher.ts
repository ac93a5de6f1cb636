import { z } from 'zod';
import { contract, isChannel, type Channel, type RequestOf, type ResponseOf } from './contract';
import { AppError, type IpcResult } from './error-codes';

export type Handler<C extends Channel> = (request: z.output<(typeof contract)[C]['request']>) => Promise<ResponseOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

export interface DispatcherOptions {
  /** Validate responses too (dev and tests): a handler returning the wrong shape is a bug to catch early. */
  validateResponses?: boolean;
  /** Unexpected errors are logged here, never sent to the renderer with their stack. */
  onUnexpectedError?: (channel: string, error: unknown) => void;
}

export type Dispatch = (channel: string, payload: unknown) => Promise<IpcResult>;

function failure(code: AppError['code'], message: string, detail?: string): IpcResult {
  return { ok: false, error: detail === undefined ? { code, message } : { code, message, detail } };
}

/**
 * The pure dispatcher behind every transport: validates the request, runs the handler and
 * returns errors as data, because Electron forwards only `error.message` across IPC.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions = {}): Dispatch {
  return async (channel, payload) => {
    if (!isChannel(channel)) return failure('unknown-channel', 'unknown channel');
    const spec = contract[channel];
    const request = spec.request.safeParse(payload ?? {});
    if (!request.success) {
      return failure('invalid-request', `invalid request for ${channel}`, request.error.issues[0]?.message);
    }
    try {
      const handler = handlers[channel] as (req: unknown) => Promise<unknown>;
      const data = await handler(request.data);
      if (options.validateResponses) {
        const response = spec.response.safeParse(data);
        if (!response.success) {
          options.onUnexpectedError?.(channel, response.error);
          return failure('internal', `invalid response from ${channel}`);
        }
      }
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) return failure(error.code, error.message, error.detail);
      options.onUnexpectedError?.(channel, error);
      return failure('internal', 'unexpected error');
    }
  };
}

export type { RequestOf, ResponseOf };
