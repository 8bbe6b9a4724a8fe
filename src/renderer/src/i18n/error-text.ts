// Turns any error that reaches the UI into text for the user: field messages and transport
// failures are translated; the core's own messages (already written for people) are shown as is.
import type { TFunction } from 'i18next';
import { CoreError, type FieldMessage } from '../../../shared/errors';
import { transportFailureKey } from '../api/transport';

export function fieldMessageText(t: TFunction, message: FieldMessage): string {
  return t(message.key, { ...message.params, defaultValue: message.message });
}

export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof CoreError) {
    const reason = error.details?.[transportFailureKey];
    if (reason === 'network') return t('errors.network');
    if (error.code === 'UNAUTHORIZED') return t('errors.unauthorized');
    if (reason === 'badResponse') return t('errors.badResponse');
    return error.message;
  }
  return t('errors.unexpected');
}
