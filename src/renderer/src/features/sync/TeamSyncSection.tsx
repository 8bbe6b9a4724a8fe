// Settings → Team sync: connect this computer to a team server, finish joining, see how syncing
// goes, sign in again after a session ended, or disconnect.
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Skeleton,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { SyncConnectInput, SyncStatus } from '../../../../shared/sync';
import { call } from '../../api/client';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ConnectedSummary } from './ConnectedSummary';
import { ConnectForm } from './ConnectForm';
import { JoinChoiceModal } from './JoinChoiceModal';
import { useShowSyncStatus, useSyncStatus } from './use-sync-status';

interface Joined {
  workspace: string;
  backupFile: string;
}

export function TeamSyncSection() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const showStatus = useShowSyncStatus();
  const [choiceClosed, setChoiceClosed] = useState(false);
  const [joined, setJoined] = useState<Joined | null>(null);
  const data = status.data;
  const { hash } = useLocation();
  const sectionRef = useRef<HTMLDivElement>(null);
  const loaded = data !== undefined;

  useEffect(() => {
    // The indicator's "Sync settings" link lands here; the router does not scroll to anchors.
    if (hash === '#team-sync' && loaded) sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [hash, loaded]);

  async function connect(input: SyncConnectInput) {
    const next = await call('sync.connect', input);
    setChoiceClosed(false);
    showStatus(next);
  }

  return (
    <Card
      ref={sectionRef}
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="team-sync-title"
      id="team-sync"
    >
      <Title order={2} size="h4" id="team-sync-title" mb="xs">
        {t('sync.section.title')}
      </Title>
      {joined ? <BackupNotice joined={joined} onClose={() => setJoined(null)} /> : null}
      {status.error ? (
        <QueryErrorAlert
          error={status.error}
          onRetry={() => void status.refetch()}
          title={t('sync.section.loadFailed')}
        />
      ) : !data ? (
        <Skeleton height={160} />
      ) : (
        <SectionBody
          status={data}
          now={new Date(status.dataUpdatedAt || Date.now())}
          onConnect={connect}
          onStatus={showStatus}
          choiceOpened={data.state === 'choose' && !choiceClosed}
          onOpenChoice={() => setChoiceClosed(false)}
          onCloseChoice={() => setChoiceClosed(true)}
          onJoined={(result) => {
            showStatus(result.status);
            setJoined({ workspace: result.status.workspace?.name ?? '', backupFile: result.backupFile });
          }}
        />
      )}
    </Card>
  );
}

interface SectionBodyProps {
  status: SyncStatus;
  now: Date;
  onConnect: (input: SyncConnectInput) => Promise<void>;
  onStatus: (status: SyncStatus) => void;
  choiceOpened: boolean;
  onOpenChoice: () => void;
  onCloseChoice: () => void;
  onJoined: (result: { status: SyncStatus; backupFile: string }) => void;
}

function SectionBody(props: SectionBodyProps) {
  const { t } = useTranslation();
  const { status } = props;
  if (status.state === 'off') {
    return (
      <>
        <Text size="sm" c="dimmed" mb="md">
          {t('sync.section.offDescription')}
        </Text>
        <Title order={3} size="h5" mb="sm">
          {t('sync.connect.title')}
        </Title>
        <ConnectForm onConnect={props.onConnect} />
      </>
    );
  }
  if (status.state === 'choose') {
    return (
      <>
        <Alert color="yellow" mt="sm">
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('sync.choose.pending', { workspace: status.workspace?.name ?? '' })}</Text>
            <Button size="xs" onClick={props.onOpenChoice}>
              {t('sync.choose.openChoice')}
            </Button>
          </Group>
        </Alert>
        <JoinChoiceModal
          opened={props.choiceOpened}
          status={status}
          onClose={props.onCloseChoice}
          onJoined={props.onJoined}
        />
      </>
    );
  }
  return (
    <>
      {status.state === 'signedOut' && status.serverUrl ? (
        <Card withBorder padding="md" mt="sm" mb="md" bg="var(--mantine-color-orange-light)">
          <Title order={3} size="h5">
            {t('sync.connect.signInAgainTitle')}
          </Title>
          <Text size="sm" mb="sm">
            {t('sync.connect.signInAgainDescription', { server: status.serverUrl })}
          </Text>
          <ConnectForm
            onConnect={props.onConnect}
            signInAgain={{ serverUrl: status.serverUrl, email: status.user?.email ?? '' }}
          />
        </Card>
      ) : null}
      <ConnectedSummary status={status} now={props.now} onStatus={props.onStatus} />
    </>
  );
}

function BackupNotice({ joined, onClose }: { joined: Joined; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="teal"
      mb="md"
      icon={<IconShieldCheck aria-hidden />}
      title={t('sync.choose.backupTitle', { workspace: joined.workspace })}
      withCloseButton
      closeButtonLabel={t('actions.close')}
      onClose={onClose}
      role="status"
    >
      <Text size="sm">{t('sync.choose.backupSaved')}</Text>
      <Group gap="xs" wrap="nowrap" mt={4}>
        <Code data-testid="backup-file" style={{ overflowWrap: 'anywhere' }}>
          {joined.backupFile}
        </Code>
        <CopyButton value={joined.backupFile}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('sync.choose.copied') : t('sync.choose.copyPath')}>
              <ActionIcon variant="subtle" onClick={copy} aria-label={t('sync.choose.copyPath')}>
                {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}
