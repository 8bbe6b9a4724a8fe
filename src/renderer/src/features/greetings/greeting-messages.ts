// Field messages of greetings in the user's language: the core's greeting.* keys live in the
// greetings namespace (greetings.messages.*); everything else is an ordinary field message.
import type { TFunction } from 'i18next';
import type { FieldMessage } from '../../../../shared/errors';
import { fieldMessageText } from '../../i18n/error-text';

export function greetingMessageText(t: TFunction, message: FieldMessage): string {
  if (!message.key.startsWith('greeting.')) return fieldMessageText(t, message);
  const params = message.params ?? {};
  return t(`greetings.messages.${message.key.slice('greeting.'.length)}`, {
    ...params,
    // The braces are part of the text, not placeholders for i18next.
    field: typeof params.field === 'string' ? `{{${params.field}}}` : params.field,
    example: '{{contactFirstName}}',
    defaultValue: message.message,
  });
}
