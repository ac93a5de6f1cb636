import type { Channel, RequestOf, ResponseOf } from './contract';
import { AppError, type IpcResult } from './error-codes';

export type Invoke = (channel: string, payload: unknown) => Promise<IpcResult>;

export interface IpcClient {
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>>;
}

/**
 * A typed client over any transport's `invoke`. Failures come back as data and are
 * rethrown here as AppError so UI code can use try/catch and still see the code.
 */
export function createClient(invoke: Invoke): IpcClient {
  return {
    async call(channel, request) {
      let result: IpcResult;
      try {
        result = await invoke(channel, request);
      } catch (error) {
        // The transport itself failed (e.g. the loopback server went away).
        throw new AppError('io-error', error instanceof Error ? error.message : String(error));
      }
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.detail);
      return result.data as never;
    },
  };
}
