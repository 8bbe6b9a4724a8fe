// Settings: the SLA per severity in business days (Monday to Friday, the lead partner's public
// holidays skipped), checked here and by the core with the message at the field. Undoable.
import { Alert, Button, Card, Group, NumberInput, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { disputeSeverities, type DisputeSeverity, type SlaBusinessDays } from '../../../../shared/disputes';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import { fieldMessage } from '../../../../shared/validation';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';

type SlaValues = Record<DisputeSeverity, number | string>;

function isValidDays(value: number | string): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 90;
}

/** Most urgent first, as people think about SLAs. */
const severitiesShown = [...disputeSeverities].reverse();

export function DisputeSettingsSection() {
  const { t } = useTranslation();
  const settings = useCoreQuery('disputeSettings.get', {});
  const save = useCoreMutation('disputeSettings.saveSla');
  const announce = useAnnounceWrite();
  const [values, setValues] = useState<SlaValues | null>(null);
  const [errors, setErrors] = useState<Partial<Record<DisputeSeverity, FieldMessage>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const stored = settings.data?.slaBusinessDays;
  useEffect(() => {
    if (stored) setValues({ ...stored });
  }, [stored]);

  async function submit() {
    if (!values) return;
    setFailure(null);
    const invalid = Object.fromEntries(
      disputeSeverities
        .filter((severity) => !isValidDays(values[severity]))
        .map((severity) => [severity, fieldMessage('validation.slaDays')]),
    );
    setErrors(invalid);
    if (Object.keys(invalid).length > 0) return;
    try {
      const result = await save.mutateAsync(values as SlaBusinessDays);
      announce(t('disputes.settings.saved'), result.batchId);
    } catch (error) {
      if (error instanceof CoreError && error.fields) setErrors(error.fields);
      else setFailure(errorText(t, error));
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-dispute-sla">
      <Title order={2} size="h4" id="settings-dispute-sla">
        {t('disputes.settings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('disputes.settings.description')}
      </Text>
      {settings.error ? (
        <QueryErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !values ? (
        <Skeleton height={80} />
      ) : (
        <form
          noValidate
          aria-label={t('disputes.settings.title')}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 4 }} spacing="md">
            {severitiesShown.map((severity) => (
              <NumberInput
                key={severity}
                label={t(`disputes.severity.${severity}`)}
                description={t('disputes.settings.days')}
                value={values[severity]}
                onChange={(value) => {
                  setValues({ ...values, [severity]: value });
                  setErrors({ ...errors, [severity]: undefined });
                }}
                error={errors[severity] ? fieldMessageText(t, errors[severity]) : undefined}
                min={1}
                max={90}
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
              {t('disputes.settings.save')}
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}
