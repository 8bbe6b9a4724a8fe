// Settings → Reminders: how many days ahead each kind of item is reminded of (0 to 60), checked
// here and by the core, with the message at the field.
import { Alert, Button, Card, Group, NumberInput, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import { reminderKinds, type ReminderKind } from '../../../../shared/greetings';
import { fieldMessage } from '../../../../shared/validation';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';

type LeadDayValues = Record<ReminderKind, number | string>;

function isValidLeadDays(value: number | string): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 60;
}

export function RemindersSection() {
  const { t } = useTranslation();
  const settings = useCoreQuery('careSettings.get', {});
  const save = useCoreMutation('careSettings.saveReminderLeadDays');
  const announce = useAnnounceWrite();
  const [values, setValues] = useState<LeadDayValues | null>(null);
  const [errors, setErrors] = useState<Partial<Record<ReminderKind, FieldMessage>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const stored = settings.data?.reminderLeadDays;
  useEffect(() => {
    if (stored) setValues({ ...stored });
  }, [stored]);

  async function submit() {
    if (!values) return;
    setFailure(null);
    const invalid = Object.fromEntries(
      reminderKinds
        .filter((kind) => !isValidLeadDays(values[kind]))
        .map((kind) => [kind, fieldMessage('validation.leadDays')]),
    );
    setErrors(invalid);
    if (Object.keys(invalid).length > 0) return;
    try {
      const result = await save.mutateAsync({ leadDays: values as Record<ReminderKind, number> });
      announce(t('greetings.reminders.saved'), result.batchId);
    } catch (error) {
      if (error instanceof CoreError && error.fields) {
        setErrors(
          Object.fromEntries(
            Object.entries(error.fields).map(([path, message]) => [path.replace(/^leadDays\./, ''), message]),
          ),
        );
      } else setFailure(errorText(t, error));
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-reminders">
      <Title order={2} size="h4" id="settings-reminders">
        {t('greetings.reminders.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('greetings.reminders.description')}
      </Text>
      {settings.error ? (
        <QueryErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !values ? (
        <Skeleton height={120} />
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="md" verticalSpacing="sm">
            {reminderKinds.map((kind) => (
              <NumberInput
                key={kind}
                label={t(`greetings.reminders.kinds.${kind}`)}
                description={t('greetings.reminders.days')}
                value={values[kind]}
                onChange={(value) => {
                  setValues({ ...values, [kind]: value });
                  setErrors({ ...errors, [kind]: undefined });
                }}
                error={errors[kind] ? fieldMessageText(t, errors[kind]) : undefined}
                min={0}
                max={60}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
              />
            ))}
          </SimpleGrid>
          {failure ? (
            <Alert color="red" role="alert" title={t('errors.saveFailed')} mt="md">
              {failure}
            </Alert>
          ) : null}
          <Group justify="flex-end" mt="md">
            <Button type="submit" loading={save.isPending}>
              {t('greetings.reminders.save')}
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}
