// Settings → Festivals to greet: per country (the default markets and every country partners are
// in), checkboxes of the festivals with greeting templates, each with its next date. A change saves
// at once (with Undo) and the calendar and greeting lists follow it.
import { Card, Checkbox, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FestivalKey, FestivalOptions } from '../../../../shared/greetings';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { countryName } from '../../i18n/display-names';
import { errorText } from '../../i18n/error-text';
import { localIsoDate } from '../greetings/greeting-urls';
import { useAnnounceWrite } from '../history/use-undo';

export function FestivalsSection() {
  const { t } = useTranslation();
  const today = useMemo(() => localIsoDate(), []);
  const options = useCoreQuery('careSettings.festivalOptions', { today });
  const settings = useCoreQuery('careSettings.get', {});
  const error = options.error ?? settings.error;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-festivals">
      <Title order={2} size="h4" id="settings-festivals">
        {t('greetings.festivals.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('greetings.festivals.description')}
      </Text>
      {error ? (
        <QueryErrorAlert
          error={error}
          onRetry={() => {
            void options.refetch();
            void settings.refetch();
          }}
        />
      ) : !options.data || !settings.data ? (
        <Skeleton height={200} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          {options.data.map((country) => (
            <CountryFestivals
              key={country.country}
              option={country}
              chosen={settings.data.festivalsByCountry[country.country] ?? []}
            />
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}

function CountryFestivals({
  option,
  chosen,
}: {
  option: FestivalOptions[number];
  chosen: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const save = useCoreMutation('careSettings.saveFestivals');
  const announce = useAnnounceWrite();
  const name = countryName(option.country, i18n.language);

  async function choose(keys: FestivalKey[]) {
    try {
      const result = await save.mutateAsync({ country: option.country, festivalKeys: keys });
      announce(t('greetings.festivals.saved', { country: name }), result.batchId);
    } catch (error) {
      notifications.show({ color: 'red', title: t('errors.saveFailed'), message: errorText(t, error) });
    }
  }

  return (
    <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Group gap="xs" component="legend" p={0}>
        <Text fw={600}>{name}</Text>
        <Text size="xs" c="dimmed">
          {t('greetings.festivals.partners', { count: option.partnerCount })}
        </Text>
      </Group>
      {option.festivals.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('greetings.festivals.none')}
        </Text>
      ) : (
        <Checkbox.Group
          value={[...chosen]}
          onChange={(value) => void choose(value as FestivalKey[])}
          aria-label={name}
        >
          <Stack gap={6}>
            {option.festivals.map((festival) => (
              <Checkbox
                key={festival.key}
                value={festival.key}
                disabled={save.isPending}
                label={t(`greetings.occasions.${festival.key}`)}
                description={
                  festival.nextDate
                    ? t('greetings.festivals.nextOn', {
                        date: calendarDate(festival.nextDate, i18n.language),
                      })
                    : t('greetings.festivals.noDate')
                }
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
    </Stack>
  );
}
