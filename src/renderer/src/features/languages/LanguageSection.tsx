// Settings → Language: the language of the app, with the OS locale as the default. Each language is
// listed in its own name; a choice applies at once (no reload) and is remembered on this computer.
// A preview shows how dates, numbers and amounts look in the chosen language.
import { Alert, Button, Card, Group, Select, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, languageEndonyms, uiLanguages } from '../../../../shared/ui-language';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText } from '../../i18n/error-text';
import { currentUiLanguage, osLanguage } from '../../i18n/language-choice';
import { firstDayOfWeek } from '../../i18n/ui-locale';
import { formatMinor } from '../sales/sales-money';
import { useUiLanguageSetting } from './use-ui-language';

const options = uiLanguages.map((language) => ({ value: language, label: languageEndonyms[language] }));

export function LanguageSection() {
  const { t } = useTranslation();
  const { setting, choose } = useUiLanguageSetting();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function pick(language: string | null) {
    if (language !== null && !isUiLanguage(language)) return;
    setFailure(null);
    setSaving(true);
    try {
      await choose(language);
    } catch (caught) {
      setFailure(errorText(t, caught));
    } finally {
      setSaving(false);
    }
  }

  const computer = osLanguage();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-language">
      <Title order={2} size="h4" id="settings-language">
        {t('languages.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('languages.description')}
      </Text>
      {setting.error ? (
        <QueryErrorAlert error={setting.error} onRetry={() => void setting.refetch()} />
      ) : !setting.data ? (
        <Skeleton height={60} />
      ) : (
        <Stack gap="md">
          <Group align="flex-end" gap="md" wrap="wrap">
            <Select
              label={t('languages.label')}
              description={setting.data.language ? t('languages.chosen') : t('languages.followingComputer')}
              data={options}
              value={currentUiLanguage()}
              onChange={(value) => void pick(value)}
              allowDeselect={false}
              disabled={saving}
              w={320}
              maw="100%"
              // Chinese names need a font with CJK glyphs; lang lets the browser pick one.
              renderOption={({ option }) => <span lang={option.value}>{option.label}</span>}
            />
            {setting.data.language ? (
              <Button variant="subtle" onClick={() => void pick(null)} disabled={saving}>
                {t('languages.useComputer', { language: languageEndonyms[computer] })}
              </Button>
            ) : null}
          </Group>
          {failure ? (
            <Alert color="red" title={t('languages.saveFailed')}>
              {failure}
            </Alert>
          ) : null}
          <FormatPreview />
        </Stack>
      )}
    </Card>
  );
}

/** Today, a number and an amount as the chosen locale writes them, and the first day of its week. */
function FormatPreview() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const now = new Date();
  const weekday = new Date(Date.UTC(2024, 0, 7 + firstDayOfWeek(locale))); // 7 Jan 2024 was a Sunday
  const rows = [
    [t('languages.preview.date'), new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(now)],
    [t('languages.preview.number'), new Intl.NumberFormat(locale).format(1234567.89)],
    [t('languages.preview.money'), formatMinor(150000, 'MYR', locale)],
    [
      t('languages.preview.weekStarts'),
      new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(weekday),
    ],
  ];
  return (
    <Stack gap={4} aria-label={t('languages.preview.title')} role="group">
      <Text size="sm" fw={600}>
        {t('languages.preview.title')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing={4}>
        {rows.map(([label, value]) => (
          <Group key={label} gap="xs" wrap="nowrap">
            <Text size="sm" c="dimmed" miw={140}>
              {label}
            </Text>
            <Text size="sm">{value}</Text>
          </Group>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
