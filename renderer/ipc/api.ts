import { createApi } from './create-api';
import { defaultTransport } from './default-transport';

const api = createApi(defaultTransport);

/** The typed IPC client: `await ipc.call('issues:list', {})`; failures throw AppError. */
export const ipc = api.ipc;

/** Subscribes to a main → renderer event (validated); returns the unsubscribe function. */
export const onEvent = api.onEvent;
