// A synced edit that lost to a later edit of the same field on another computer: never applied,
// yet kept on the timeline so nothing anyone typed disappears. Struck through and dimmed, still
// readable, with who typed it.
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LostChange({ field, value, actor }: { field: string; value: string; actor: string }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" component="li" data-lost="true" style={{ overflowWrap: 'anywhere' }}>
      <Text span fw={500} size="sm" c="dimmed">
        {field}:
      </Text>{' '}
      <Text span size="sm" c="dimmed" td="line-through">
        {value}
      </Text>
      <Group component="span" gap={6} mt={2} wrap="wrap" style={{ display: 'flex' }}>
        <Badge component="span" size="xs" variant="outline" color="orange">
          {t('sync.lost.notApplied')}
        </Badge>
        <Text span size="xs" c="dimmed">
          {t('sync.lost.typedBy', { actor })}
        </Text>
      </Group>
    </Text>
  );
}
