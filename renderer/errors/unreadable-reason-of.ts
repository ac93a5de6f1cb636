import { UNREADABLE_REASONS, type UnreadableReason } from '../../shared/domain/unreadable-reason';

/** The unreadable reason an 'unreadable' AppError carries in its detail, if it is one we know. */
export function unreadableReasonOf(detail: string | undefined): UnreadableReason | null {
  return (UNREADABLE_REASONS as readonly string[]).includes(detail ?? '') ? (detail as UnreadableReason) : null;
}
