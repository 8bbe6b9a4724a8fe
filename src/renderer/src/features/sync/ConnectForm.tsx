// "Connect to a team server": the server's address and either an invitation code (a new account)
// or an existing account's e-mail and password. Also the "Sign in again" form of a session that
// ended, which keeps the address and asks only for the password.
import {
  Alert,
  Button,
  Group,
  Input,
  PasswordInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import type { SyncConnectInput } from '../../../../shared/sync';
import { formErrorsFrom } from '../../forms/field-errors';
import { requiredLabel } from '../../forms/required-label';
import { useFormState } from '../../forms/use-form-state';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import {
  connectFormErrors,
  connectFormFields,
  connectInput,
  emptyConnectForm,
  type ConnectFormField,
  type ConnectFormValues,
  type ConnectMode,
} from './connect-form-values';

/** Hints under the input, so fields side by side line up whether or not they have one. */
const hintBelow: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'error', 'description'];

export interface ConnectFormProps {
  /** Sends the input; resolves once connected, rejects with the core's error otherwise. */
  onConnect: (input: SyncConnectInput) => Promise<unknown>;
  /** Sign in again to this server as this user (the session ended). */
  signInAgain?: { serverUrl: string; email: string };
}

export function ConnectForm({ onConnect, signInAgain }: ConnectFormProps) {
  const { t } = useTranslation();
  const form = useFormState<ConnectFormValues>(
    signInAgain ? { ...emptyConnectForm, mode: 'login', ...signInAgain } : emptyConnectForm,
  );
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const invite = form.values.mode === 'invite';

  const field = (name: ConnectFormField) => {
    const message = form.errors.byField[name];
    return {
      value: form.values[name],
      error: message ? fieldMessageText(t, message) : undefined,
      onChange: (event: ChangeEvent<HTMLInputElement>) => form.setField(name, event.currentTarget.value),
    };
  };

  async function connect() {
    setFailure(null);
    const invalid = connectFormErrors(form.values);
    if (invalid) {
      form.showErrors(invalid);
      return;
    }
    form.clearErrors();
    setSubmitting(true);
    try {
      await onConnect(connectInput(form.values));
    } catch (error) {
      if (error instanceof CoreError && error.code === 'VALIDATION' && error.fields) {
        form.showErrors(formErrorsFrom(error.fields, connectFormFields));
        setFailure(Object.keys(error.fields).length === 0 ? error.message : null);
      } else setFailure(errorText(t, error));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-label={t(signInAgain ? 'sync.connect.signInAgainTitle' : 'sync.connect.formLabel')}
      aria-busy={submitting}
      onSubmit={(event) => {
        event.preventDefault();
        void connect();
      }}
    >
      <Stack gap="sm">
        <TextInput
          {...requiredLabel(t('sync.connect.serverUrl'))}
          placeholder={t('sync.connect.serverUrlPlaceholder')}
          description={signInAgain ? undefined : t('sync.connect.serverUrlHint')}
          type="url"
          autoComplete="url"
          readOnly={!!signInAgain}
          variant={signInAgain ? 'filled' : 'default'}
          {...field('serverUrl')}
        />
        {signInAgain ? null : (
          <Input.Wrapper label={t('sync.connect.modeLabel')} component="div">
            <div>
              <SegmentedControl
                value={form.values.mode}
                onChange={(mode) => {
                  form.setField('mode', mode as ConnectMode);
                  form.clearErrors();
                }}
                aria-label={t('sync.connect.modeLabel')}
                data={[
                  { value: 'invite', label: t('sync.connect.modeInvite') },
                  { value: 'login', label: t('sync.connect.modeLogin') },
                ]}
              />
            </div>
          </Input.Wrapper>
        )}
        {invite ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              {...requiredLabel(t('sync.connect.code'))}
              description={t('sync.connect.codeHint')}
              inputWrapperOrder={hintBelow}
              autoComplete="one-time-code"
              spellCheck={false}
              {...field('code')}
            />
            <TextInput {...requiredLabel(t('sync.connect.name'))} autoComplete="name" {...field('name')} />
          </SimpleGrid>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...requiredLabel(t('sync.connect.email'))}
            type="email"
            autoComplete="username"
            readOnly={!!signInAgain}
            variant={signInAgain ? 'filled' : 'default'}
            {...field('email')}
          />
          <PasswordInput
            {...requiredLabel(t(invite ? 'sync.connect.newPassword' : 'sync.connect.password'))}
            description={invite ? t('sync.connect.newPasswordHint') : undefined}
            inputWrapperOrder={hintBelow}
            autoComplete={invite ? 'new-password' : 'current-password'}
            {...field('password')}
            // Mantine marks only its wrapper invalid; the field itself must say so to screen readers.
            aria-invalid={form.errors.byField.password ? true : undefined}
          />
        </SimpleGrid>
        {failure ? (
          <Alert color="red" role="alert" title={t('sync.connect.failed')}>
            {failure}
          </Alert>
        ) : null}
        {form.errors.other.map((message) => (
          <Alert key={message.key} color="red" role="alert">
            {fieldMessageText(t, message)}
          </Alert>
        ))}
        <Group justify="flex-end">
          <Button
            type="submit"
            loading={submitting}
            leftSection={<IconPlugConnected size={16} aria-hidden />}
          >
            {t(signInAgain ? 'sync.connect.signIn' : 'sync.connect.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
