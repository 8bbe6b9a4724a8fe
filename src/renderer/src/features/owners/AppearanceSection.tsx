// Light, dark, or follow the system; Mantine keeps the choice in localStorage.
import {
  Card,
  SegmentedControl,
  Text,
  Title,
  useMantineColorScheme,
  type MantineColorScheme,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function AppearanceSection() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-appearance">
      <Title order={2} size="h4" id="settings-appearance">
        {t('settings.appearance.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('settings.appearance.description')}
      </Text>
      <SegmentedControl
        aria-label={t('settings.appearance.theme')}
        value={colorScheme}
        onChange={(value) => setColorScheme(value as MantineColorScheme)}
        data={[
          { value: 'light', label: t('settings.appearance.light') },
          { value: 'dark', label: t('settings.appearance.dark') },
          { value: 'auto', label: t('settings.appearance.auto') },
        ]}
      />
    </Card>
  );
}
