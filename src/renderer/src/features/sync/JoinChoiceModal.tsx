// "This computer already has data": joining a workspace asks whether this computer's data goes
// into the workspace or gives way to the workspace's. Either way the core backs the file up first.
import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/sync';
import { call } from '../../api/client';
import { errorText } from '../../i18n/error-text';

type Choice = 'upload' | 'download';

export interface JoinChoiceModalProps {
  opened: boolean;
  status: SyncStatus;
  onClose: () => void;
  onJoined: (result: { status: SyncStatus; backupFile: string }) => void;
}

export function JoinChoiceModal({ opened, status, onClose, onJoined }: JoinChoiceModalProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>('upload');
  const [joining, setJoining] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const workspace = status.workspace?.name ?? '';
  const partners = status.localData?.partners ?? 0;

  async function join() {
    setJoining(true);
    setFailure(null);
    try {
      onJoined(await call('sync.join', { choice }));
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setJoining(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('sync.choose.title')}
      centered
      size="lg"
      closeOnClickOutside={!joining}
      closeOnEscape={!joining}
    >
      <Stack gap="md">
        <Text size="sm">{t('sync.choose.intro', { workspace })}</Text>
        <Radio.Group
          value={choice}
          onChange={(value) => setChoice(value as Choice)}
          aria-label={t('sync.choose.title')}
        >
          <Stack gap="sm">
            <Radio.Card value="upload" p="md" radius="md" aria-label={t('sync.choose.upload')}>
              <Group wrap="nowrap" align="flex-start">
                <Radio.Indicator />
                <div>
                  <Text fw={600} size="sm">
                    {t('sync.choose.upload')}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('sync.choose.uploadDetail', { count: partners, workspace })}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
            <Radio.Card value="download" p="md" radius="md" aria-label={t('sync.choose.download')}>
              <Group wrap="nowrap" align="flex-start">
                <Radio.Indicator />
                <div>
                  <Text fw={600} size="sm">
                    {t('sync.choose.download')}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('sync.choose.downloadDetail')}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          </Stack>
        </Radio.Group>
        <Alert color="blue" variant="light" icon={<IconShieldCheck aria-hidden />}>
          <Text size="sm">{t('sync.choose.backupNote')}</Text>
        </Alert>
        {failure ? (
          <Alert color="red" role="alert" title={t('sync.choose.failed')}>
            {failure}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={joining}>
            {t('sync.choose.later')}
          </Button>
          <Button onClick={() => void join()} loading={joining} data-autofocus>
            {t('sync.choose.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
