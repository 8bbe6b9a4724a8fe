// Settings: the workspace currency every sales figure is in. Until chosen it is guessed from the
// sales already recorded or the partners' countries (said so); the core refuses a change while
// sales are recorded in another currency, with the message at the field. Undoable.
import { Alert, Button, Card, Group, Select, Skeleton, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText, fieldMessageText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';

/** Every ISO 4217 currency the runtime knows, as "MYR — Malaysian Ringgit". */
function useCurrencyOptions(locale: string) {
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'currency' });
    return Intl.supportedValuesOf('currency').map((code) => ({
      value: code,
      label: `${code} — ${names.of(code) ?? code}`,
    }));
  }, [locale]);
}

export function WorkspaceCurrencySection() {
  const { t, i18n } = useTranslation();
  const settings = useCoreQuery('workspace.get', {});
  const save = useCoreMutation('workspace.saveCurrency');
  const announce = useAnnounceWrite();
  const options = useCurrencyOptions(i18n.language);
  const [currency, setCurrency] = useState<string | null>(null);
  const [error, setError] = useState<FieldMessage | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (settings.data) setCurrency(settings.data.currency);
  }, [settings.data]);

  async function submit() {
    if (!currency) return;
    setFailure(null);
    try {
      const result = await save.mutateAsync({ currency });
      setError(null);
      announce(t('sales.currency.saved', { currency }), result.batchId);
    } catch (caught) {
      if (caught instanceof CoreError && caught.fields?.currency) setError(caught.fields.currency);
      else setFailure(errorText(t, caught));
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-workspace-currency">
      <Title order={2} size="h4" id="settings-workspace-currency">
        {t('sales.currency.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('sales.currency.description')}
      </Text>
      {settings.error ? (
        <QueryErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !settings.data ? (
        <Skeleton height={60} />
      ) : (
        <form
          noValidate
          aria-label={t('sales.currency.title')}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Select
            label={t('sales.currency.label')}
            description={
              settings.data.currencyIsDefault
                ? t('sales.currency.guessed', { currency: settings.data.currency })
                : undefined
            }
            data={options}
            value={currency}
            onChange={(value) => {
              setCurrency(value);
              setError(null);
            }}
            error={error ? fieldMessageText(t, error) : undefined}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('sales.currency.noMatch')}
            maw={420}
          />
          {failure ? (
            <Alert color="red" role="alert" title={t('errors.saveFailed')} mt="md">
              {failure}
            </Alert>
          ) : null}
          <Group justify="flex-end" mt="md">
            <Button type="submit" loading={save.isPending}>
              {t('sales.currency.save')}
            </Button>
          </Group>
        </form>
      )}
    </Card>
  );
}
