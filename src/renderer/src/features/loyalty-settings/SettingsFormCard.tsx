// The frame of each loyalty settings form: title and explanation, the fields, the problems that
// belong to no field, "Reset to defaults", Save, and the reminder that saving re-scores everyone.
import { Alert, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMessage } from '../../../../shared/errors';
import { fieldMessageText } from '../../i18n/error-text';

export interface SettingsFormCardProps {
  id: string;
  title: string;
  description: string;
  /** False while the stored settings load. */
  ready: boolean;
  children: ReactNode;
  otherErrors: readonly FieldMessage[];
  failure: string | null;
  saving: boolean;
  saveLabel: string;
  onSave: () => void;
  resetting: boolean;
  onReset: () => void;
}

export function SettingsFormCard(props: SettingsFormCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={props.id}>
      <Title order={2} size="h4" id={props.id}>
        {props.title}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {props.description}
      </Text>
      {!props.ready ? (
        <Skeleton height={220} />
      ) : (
        <form
          noValidate
          aria-label={props.title}
          onSubmit={(event) => {
            event.preventDefault();
            props.onSave();
          }}
        >
          <Stack gap="md">
            {props.children}
            {props.otherErrors.map((message) => (
              <Alert key={message.key} color="red" role="alert">
                {fieldMessageText(t, message)}
              </Alert>
            ))}
            {props.failure ? (
              <Alert color="red" role="alert" title={t('loyalty.settings.saveFailed')}>
                {props.failure}
              </Alert>
            ) : null}
            <Group justify="space-between" align="flex-start" wrap="wrap">
              <Button
                variant="subtle"
                color="gray"
                leftSection={<IconRestore size={16} aria-hidden />}
                loading={props.resetting}
                onClick={props.onReset}
              >
                {t('loyalty.settings.reset')}
              </Button>
              <Stack gap={4} align="flex-end">
                <Button type="submit" loading={props.saving}>
                  {props.saveLabel}
                </Button>
                <Text size="xs" c="dimmed">
                  {t('loyalty.settings.saveNote')}
                </Text>
              </Stack>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
