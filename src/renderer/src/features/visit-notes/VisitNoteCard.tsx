// One visit note as read on the partner page: when, why, who, the partner's mood, what was
// discussed, issues, files, the commitments made in that visit and the follow-ups it set.
import { ActionIcon, Badge, Group, List, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../../shared/care';
import type { VisitNote } from '../../../../shared/visit-notes';
import { calendarDate } from '../../i18n/date-format';
import { AttachmentThumbnail } from './AttachmentChip';
import { LightMarkdown } from './LightMarkdown';
import { isSentimentScore, sentimentColors } from './sentiment';

export interface VisitNoteCardProps {
  note: VisitNote;
  contactNames: Map<string, string>;
  ownerNames: Map<string, string>;
  commitments: Map<string, Commitment>;
  onEdit: () => void;
  onDelete: () => void;
}

export function VisitNoteCard({
  note,
  contactNames,
  ownerNames,
  commitments,
  onEdit,
  onDelete,
}: VisitNoteCardProps) {
  const { t, i18n } = useTranslation();
  const date = calendarDate(note.date, i18n.language);
  const attendees = [
    ...note.attendeeContactIds.map((id) => contactNames.get(id) ?? t('visitNotes.card.removedContact')),
    ...note.attendeeOwnerIds.map((id) => ownerNames.get(id) ?? t('visitNotes.card.removedTeammate')),
  ];
  const made = note.commitmentIds.flatMap((id) => {
    const commitment = commitments.get(id);
    return commitment ? [commitment] : [];
  });

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-label={t('visitNotes.card.label', { date })}
      data-testid="visit-note"
      // Search (Ctrl+K) opens the partner's page at this note and focuses it.
      id={`visit-note-${note.id}`}
      tabIndex={-1}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} miw={0}>
            <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
              <time dateTime={note.date}>{date}</time>
              {note.purpose ? ` · ${note.purpose}` : ''}
            </Title>
            {attendees.length ? (
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {t('visitNotes.card.attendees', { names: attendees.join(', ') })}
              </Text>
            ) : null}
          </Stack>
          <Group gap={4} wrap="nowrap">
            {isSentimentScore(note.sentiment) ? (
              <Tooltip label={t('visitNotes.form.sentiment')}>
                <Badge
                  color={sentimentColors[note.sentiment]}
                  variant="light"
                  tt="none"
                  data-testid="sentiment"
                >
                  {t('visitNotes.card.sentiment', {
                    score: note.sentiment,
                    label: t(`visitNotes.sentiment.${note.sentiment}`),
                  })}
                </Badge>
              </Tooltip>
            ) : null}
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('visitNotes.card.edit', { date })}
              onClick={onEdit}
            >
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('visitNotes.card.delete', { date })}
              onClick={onDelete}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
        {note.notes ? <LightMarkdown text={note.notes} /> : null}
        {note.issues.length ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('visitNotes.card.issues')}
            </Text>
            <List size="sm" withPadding style={{ overflowWrap: 'anywhere' }}>
              {note.issues.map((issue, index) => (
                <List.Item key={index}>{issue}</List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {made.length ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('visitNotes.card.commitments')}
            </Text>
            <List size="sm" withPadding style={{ overflowWrap: 'anywhere' }}>
              {made.map((commitment) => (
                <List.Item key={commitment.id}>
                  {commitment.description}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t(`visitNotes.madeBy.${commitment.madeBy}`)} ·{' '}
                    {t(`visitNotes.commitments.status.${commitment.status}`)})
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {note.followUps.length ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('visitNotes.card.followUps')}
            </Text>
            <List
              size="sm"
              withPadding
              style={{ overflowWrap: 'anywhere' }}
              aria-label={t('visitNotes.card.followUps')}
            >
              {note.followUps.map((followUp) => (
                <List.Item key={followUp.id}>
                  {followUp.title}{' '}
                  <Text span size="xs" c="dimmed">
                    ({calendarDate(followUp.date, i18n.language)} · {t(`calendar.status.${followUp.status}`)})
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {note.attachments.length ? (
          <Group gap="xs">
            {note.attachments.map((attachment) => (
              <AttachmentThumbnail key={attachment.hash} attachment={attachment} />
            ))}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
