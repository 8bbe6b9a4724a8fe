// The connect form's values, what they send, and the message each wrong field shows. The shared
// schema decides validity (the core checks with the same one); the messages are the sync
// namespace's, because a generic "Invalid" next to a server address helps nobody.
import type { FieldMessage } from '../../../../shared/errors';
import { syncConnectInputSchema, type SyncConnectInput } from '../../../../shared/sync';
import { fieldMessage } from '../../../../shared/validation';
import type { FormErrors } from '../../forms/field-errors';

export type ConnectMode = SyncConnectInput['mode'];

export interface ConnectFormValues extends Record<string, unknown> {
  mode: ConnectMode;
  serverUrl: string;
  code: string;
  name: string;
  email: string;
  password: string;
}

export const connectFormFields = ['serverUrl', 'code', 'name', 'email', 'password'] as const;
export type ConnectFormField = (typeof connectFormFields)[number];

export const emptyConnectForm: ConnectFormValues = {
  mode: 'invite',
  serverUrl: '',
  code: '',
  name: '',
  email: '',
  password: '',
};

/** The procedure's input: only the fields of the chosen way of joining. */
export function connectInput(values: ConnectFormValues): SyncConnectInput {
  const { serverUrl, email, password } = values;
  return values.mode === 'invite'
    ? { mode: 'invite', serverUrl, code: values.code, name: values.name, email, password }
    : { mode: 'login', serverUrl, email, password };
}

const english: Record<string, string> = {
  serverUrl: 'Enter the server address, e.g. https://sync.example.com',
  serverUrlScheme: 'The address starts with https:// (or http:// on a local network)',
  code: 'Enter the invitation code you were given',
  name: 'Enter your name',
  email: 'Enter an email address',
  passwordShort: 'Use at least 10 characters',
  passwordRequired: 'Enter your password',
};

function syncMessage(name: string): FieldMessage {
  return { key: `sync.connect.errors.${name}`, message: english[name] ?? name };
}

/** What is wrong with the form, field by field; null when it can be sent. */
export function connectFormErrors(values: ConnectFormValues): FormErrors<ConnectFormField> | null {
  const result = syncConnectInputSchema.safeParse(connectInput(values));
  if (result.success) return null;
  const byField: Partial<Record<ConnectFormField, FieldMessage>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as ConnectFormField;
    if (byField[field]) continue;
    if (issue.code === 'too_big') {
      byField[field] = fieldMessage('validation.tooLong', { max: Number(issue.maximum) });
    } else if (field === 'serverUrl') {
      // The scheme check is the refinement; anything else means it is not an address at all.
      byField[field] = syncMessage(issue.code === 'custom' ? 'serverUrlScheme' : 'serverUrl');
    } else if (field === 'password') {
      byField[field] = syncMessage(values.mode === 'invite' ? 'passwordShort' : 'passwordRequired');
    } else {
      byField[field] = syncMessage(field);
    }
  }
  return { byField, other: [] };
}
