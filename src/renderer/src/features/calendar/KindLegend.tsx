// The key to the calendar: each kind's colour and icon, what the small marks mean, and the
// 29 February rule for birthdays and anniversaries.
import { Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconFlower, IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { careEventKinds } from '../../../../shared/care';
import { kindStyles } from './kind-style';

export function KindLegend() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-label={t('calendar.legend.title')}>
      <Stack gap="xs">
        <Group gap="md" wrap="wrap">
          {careEventKinds.map((kind) => {
            const { color, icon: KindIcon } = kindStyles[kind];
            return (
              <Group key={kind} gap={6} wrap="nowrap">
                <ThemeIcon size="sm" radius="xl" color={color} variant="light">
                  <KindIcon size={12} aria-hidden />
                </ThemeIcon>
                <Text size="xs">{t(`calendar.kinds.${kind}`)}</Text>
              </Group>
            );
          })}
        </Group>
        <Group gap="md" wrap="wrap">
          <Group gap={4} wrap="nowrap">
            <IconCheck size={14} aria-hidden />
            <Text size="xs" c="dimmed">
              {t('calendar.legend.check')}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <IconFlower size={14} aria-hidden />
            <Text size="xs" c="dimmed">
              {t('calendar.legend.flower')}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <IconRepeat size={14} aria-hidden />
            <Text size="xs" c="dimmed">
              {t('calendar.legend.repeat')}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            <Text span fw={700} size="xs">
              29/2
            </Text>{' '}
            {t('calendar.leapDayRule')}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
