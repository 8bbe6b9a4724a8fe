// Where this computer keeps the data, so the user can back it up or find it when asked.
import { ActionIcon, Card, Code, CopyButton, Group, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function DataFileSection({ dataFile }: { dataFile: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-data">
      <Title order={2} size="h4" id="settings-data">
        {t('settings.data.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('settings.data.description')}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Code data-testid="data-file" style={{ overflowWrap: 'anywhere' }}>
          {dataFile}
        </Code>
        <CopyButton value={dataFile}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('settings.data.copied') : t('settings.data.copy')}>
              <ActionIcon variant="subtle" onClick={copy} aria-label={t('settings.data.copy')}>
                {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Card>
  );
}
