import { z } from 'zod';
import { IpcErrorSchema } from '../../shared/ipc/error-codes';

/**
 * The envelope every transport answer must have. The data inside is the dispatcher's
 * business (it validates responses); this only makes sure a broken or foreign answer
 * fails as a transport error instead of as undefined fields deep in the UI.
 */
export const IpcResultSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: IpcErrorSchema }),
]);
