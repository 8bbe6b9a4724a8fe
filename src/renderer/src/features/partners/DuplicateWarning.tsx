// The warning shown when another partner has the same name in the same city: the user sees
// which ones and may save anyway (a chain can have two shops in one city).
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DuplicatePartner } from './partner-form-values';

export interface DuplicateWarningProps {
  duplicates: DuplicatePartner[];
  onSaveAnyway: () => void;
  saving: boolean;
}

export function DuplicateWarning({ duplicates, onSaveAnyway, saving }: DuplicateWarningProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="yellow"
      icon={<IconCopy aria-hidden />}
      title={t('partners.duplicate.title', { count: duplicates.length })}
      data-testid="duplicate-warning"
    >
      <Stack gap="sm">
        <Text size="sm">{t('partners.duplicate.description')}</Text>
        <List size="sm">
          {duplicates.map((duplicate) => (
            <List.Item key={duplicate.id}>
              {duplicate.city
                ? t('partners.duplicate.inCity', { name: duplicate.name, city: duplicate.city })
                : duplicate.name}
            </List.Item>
          ))}
        </List>
        <Group>
          <Button color="yellow" onClick={onSaveAnyway} loading={saving}>
            {t('partners.duplicate.saveAnyway')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
