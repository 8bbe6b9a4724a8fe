// A case's permanent timeline, oldest first: what happened, who logged it and when (and when it was
// logged, if much later), status moves, files, and the corrections linking entries to each other.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencilExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DisputeEntry, DisputeEntryKind } from '../../../../shared/disputes';
import { dateTime } from '../../i18n/date-format';
import { AttachmentThumbnail } from '../visit-notes/AttachmentChip';

/** Logged this long after it happened, an entry says so ("logged later"). */
const loggedLaterMs = 60 * 60_000;

const kindColors: Record<DisputeEntryKind, string> = {
  opened: 'blue',
  status: 'violet',
  edit: 'gray',
  note: 'gray',
  call: 'cyan',
  meeting: 'indigo',
  offer: 'teal',
  document: 'yellow',
  correction: 'orange',
};

export function loggedLater(entry: Pick<DisputeEntry, 'at' | 'loggedAt'>): boolean {
  return Date.parse(entry.loggedAt) - Date.parse(entry.at) > loggedLaterMs;
}

export interface DisputeTimelineProps {
  entries: DisputeEntry[];
  onCorrect: (entry: DisputeEntry) => void;
}

export function DisputeTimeline({ entries, onCorrect }: DisputeTimelineProps) {
  const { t, i18n } = useTranslation();
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const describe = (entry: DisputeEntry) => ({
    kind: t(`disputes.entryKind.${entry.kind}`).toLowerCase(),
    date: dateTime(entry.at, i18n.language),
  });
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('disputes.timeline.empty')}
      </Text>
    );
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {entries.map((entry) => {
        const corrected = entry.correctedBy.length > 0;
        const target = entry.correctsEntryId ? byId.get(entry.correctsEntryId) : undefined;
        return (
          <Paper
            key={entry.id}
            component="li"
            withBorder
            p="sm"
            radius="md"
            data-testid="case-entry"
            data-kind={entry.kind}
            id={`entry-${entry.id}`}
            style={corrected ? { borderColor: 'var(--mantine-color-orange-filled)' } : undefined}
          >
            <Stack gap={6}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <Group gap="xs">
                  <Badge color={kindColors[entry.kind]} variant="light">
                    {t(`disputes.entryKind.${entry.kind}`)}
                  </Badge>
                  {entry.fromStatus && entry.toStatus ? (
                    <Text size="sm" fw={500} data-testid="entry-status">
                      {t('disputes.timeline.statusChange', {
                        from: t(`disputes.status.${entry.fromStatus}`),
                        to: t(`disputes.status.${entry.toStatus}`),
                      })}
                    </Text>
                  ) : null}
                </Group>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  leftSection={<IconPencilExclamation size={14} aria-hidden />}
                  aria-label={t('disputes.timeline.correctLabel', describe(entry))}
                  onClick={() => onCorrect(entry)}
                >
                  {t('disputes.timeline.correct')}
                </Button>
              </Group>
              <Text size="xs" c="dimmed" data-testid="entry-meta">
                {[entry.actorName || t('disputes.timeline.someone'), dateTime(entry.at, i18n.language)].join(
                  ' · ',
                )}
                {loggedLater(entry)
                  ? ` · ${t('disputes.timeline.loggedLater', { date: dateTime(entry.loggedAt, i18n.language) })}`
                  : ''}
              </Text>
              {target ? (
                <Text
                  size="xs"
                  c="orange.8"
                  component="a"
                  href={`#entry-${target.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(`entry-${target.id}`)?.scrollIntoView({ behavior: 'smooth' });
                  }}
                >
                  {t('disputes.timeline.corrects', describe(target))}
                </Text>
              ) : null}
              {entry.text ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {entry.text}
                </Text>
              ) : null}
              {entry.attachments.length ? (
                <Group gap="xs">
                  {entry.attachments.map((attachment) => (
                    <AttachmentThumbnail key={attachment.hash} attachment={attachment} />
                  ))}
                </Group>
              ) : null}
              {entry.correctedBy.map((id) => {
                const correction = byId.get(id);
                return correction ? (
                  <Text key={id} size="xs" c="orange.8" fw={500} data-testid="entry-corrected-by">
                    {t('disputes.timeline.correctedBy', {
                      name: correction.actorName || t('disputes.timeline.someone'),
                      date: dateTime(correction.loggedAt, i18n.language),
                    })}
                    : “{correction.text}”
                  </Text>
                ) : null;
              })}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
