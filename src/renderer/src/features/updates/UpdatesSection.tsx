// Settings → Updates: the installed version, where updates come from (the feed, changeable, e.g.
// to a folder on the team server), Check now, how the last check went, and a found version with its
// release notes. In browser mode it says updates come with the desktop app.
import { Alert, Button, Card, Group, Loader, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkFeedUrl,
  type UpdateCheckRecord,
  type UpdateRefusal,
  type UpdatesStatus,
  type UpdateRequest,
  type UpdateAnswer,
} from '../../../../shared/updates';
import { dateTime } from '../../i18n/date-format';
import { isOffer, UpdateOffer } from './UpdateOffer';
import { useAppUpdates } from './use-app-updates';

export function UpdatesSection() {
  const { t } = useTranslation();
  const updates = useAppUpdates();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-updates" id="updates">
      <Title order={2} size="h4" id="settings-updates">
        {t('updates.section.title')}
      </Title>
      {!updates.available ? (
        <Text size="sm" c="dimmed" mt="xs">
          {t('updates.section.browserMode')}
        </Text>
      ) : updates.failed ? (
        <Alert color="red" variant="light" mt="sm" role="alert">
          {t('updates.section.loadFailed')}
        </Alert>
      ) : !updates.status ? (
        <Skeleton height={120} mt="sm" />
      ) : (
        <DesktopUpdates status={updates.status} request={updates.request} />
      )}
    </Card>
  );
}

interface DesktopUpdatesProps {
  status: UpdatesStatus;
  request: (request: UpdateRequest) => Promise<UpdateAnswer>;
}

function DesktopUpdates({ status, request }: DesktopUpdatesProps) {
  const { t } = useTranslation();
  const { phase } = status;
  const checking = phase.kind === 'checking';
  return (
    <Stack gap="md" mt="xs">
      <Text size="sm" c="dimmed">
        {status.supported ? t('updates.section.description') : t('updates.section.development')}
      </Text>
      <Group gap="xl" align="flex-start">
        <div>
          <Text size="sm" c="dimmed">
            {t('updates.section.currentVersion')}
          </Text>
          <Text fw={600} data-testid="current-version">
            {status.currentVersion}
          </Text>
        </div>
        <div>
          <Text size="sm" c="dimmed">
            {t('updates.lastCheck.label')}
          </Text>
          <LastCheck record={status.lastCheck} />
        </div>
      </Group>
      {status.supported ? (
        <Group gap="sm">
          <Button
            variant="light"
            leftSection={<IconRefresh size={16} aria-hidden />}
            loading={checking}
            disabled={phase.kind === 'downloading' || phase.kind === 'downloaded'}
            onClick={() => void request({ action: 'check' })}
          >
            {t('updates.section.checkNow')}
          </Button>
          <PhaseText status={status} />
        </Group>
      ) : null}
      {isOffer(phase) ? <UpdateOffer phase={phase} request={request} /> : null}
      <FeedUrlForm status={status} request={request} />
    </Stack>
  );
}

function PhaseText({ status }: { status: UpdatesStatus }) {
  const { t } = useTranslation();
  const text =
    status.phase.kind === 'checking'
      ? t('updates.phase.checking')
      : status.phase.kind === 'up-to-date'
        ? t('updates.phase.upToDate')
        : status.phase.kind === 'idle'
          ? t('updates.phase.idle')
          : null;
  if (!text) return null;
  return (
    <Group gap="xs" role="status" aria-live="polite">
      {status.phase.kind === 'checking' ? <Loader size="xs" aria-hidden /> : null}
      <Text size="sm">{text}</Text>
    </Group>
  );
}

function LastCheck({ record }: { record: UpdateCheckRecord | null }) {
  const { t, i18n } = useTranslation();
  if (!record) return <Text size="sm">{t('updates.lastCheck.never')}</Text>;
  const when = dateTime(record.at, i18n.language);
  const text = {
    'up-to-date': t('updates.lastCheck.upToDate', { when }),
    available: t('updates.lastCheck.available', { when }),
    offline: t('updates.lastCheck.offline', { when }),
    failed: t('updates.lastCheck.failed', { when }),
  }[record.outcome];
  return (
    <Text size="sm" data-testid="last-check" title={record.detail ?? undefined}>
      {text}
    </Text>
  );
}

function FeedUrlForm({ status, request }: DesktopUpdatesProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(status.feedUrl);
  const [problem, setProblem] = useState<UpdateRefusal | null>(null);
  const [saving, setSaving] = useState(false);
  const isDefault = status.feedUrl === status.defaultFeedUrl;

  // A feed saved elsewhere (or reset) shows up here.
  useEffect(() => setValue(status.feedUrl), [status.feedUrl]);

  async function save(url: string | null) {
    setSaving(true);
    try {
      const answer = await request({ action: 'set-feed', url });
      if (answer.ok) {
        setProblem(null);
        notifications.show({ color: 'teal', message: t('updates.feed.saved') });
      } else {
        setProblem(answer.problem);
      }
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkFeedUrl(value);
    if (!checked.ok) {
      setProblem(checked.problem);
      return;
    }
    void save(checked.url);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <TextInput
          label={t('updates.feed.label')}
          description={
            isDefault
              ? `${t('updates.feed.description')} ${t('updates.feed.isDefault')}`
              : t('updates.feed.description')
          }
          value={value}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            setProblem(null);
          }}
          error={problem ? t(`updates.feed.problems.${problem}`) : null}
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
        />
        <Group gap="sm">
          <Button type="submit" loading={saving} disabled={value.trim() === status.feedUrl}>
            {t('updates.feed.save')}
          </Button>
          {!isDefault ? (
            <Button variant="default" onClick={() => void save(null)} disabled={saving}>
              {t('updates.feed.useDefault')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
