// Everything that happened to a partner and its contacts, newest first, read from the change
// log: when, who, what, and for edits which fields changed from what to what.
import { Card, Skeleton, Stack, Text, Timeline, Title, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../../shared/history';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { dateTime, relativeTime } from '../../i18n/date-format';
import { changeValueText, normalizeChangeValue, type ChangeValueContext } from './change-values';
import { LostChange } from '../sync/LostChange';

const kindIcons = {
  created: IconPlus,
  updated: IconPencil,
  deleted: IconTrash,
  restored: IconArrowBackUp,
} as const;

export function PartnerTimeline({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const timeline = useCoreQuery('partners.timeline', { partnerId });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-timeline-title">
      <Title order={2} size="h4" mb="md" id="partner-timeline-title">
        {t('timeline.title')}
      </Title>
      {timeline.error ? (
        <QueryErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : !timeline.data ? (
        <Stack gap="sm">
          <Skeleton height={40} />
          <Skeleton height={40} />
          <Skeleton height={40} />
        </Stack>
      ) : timeline.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('timeline.none')}
        </Text>
      ) : (
        <TimelineEntries entries={timeline.data} />
      )}
    </Card>
  );
}

function TimelineEntries({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  const owners = useCoreQuery('owners.list', {});
  const loyalty = useCoreQuery('loyaltySettings.get', {});
  const context = useMemo<ChangeValueContext>(() => {
    const names = new Map((owners.data ?? []).map((owner) => [owner.id, owner.name]));
    const tiers = new Map((loyalty.data?.tiers ?? []).map((tier) => [tier.key, tier.name]));
    return {
      t,
      locale: i18n.language,
      ownerName: (id) => names.get(id),
      tierName: (key) => tiers.get(key),
    };
  }, [owners.data, loyalty.data, t, i18n.language]);
  const now = new Date();

  return (
    <Timeline bulletSize={26} lineWidth={2} data-testid="partner-timeline">
      {entries.map((entry) => {
        const Icon = kindIcons[entry.kind];
        return (
          <Timeline.Item
            key={entry.key}
            bullet={<Icon size={14} aria-hidden />}
            title={
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {entry.changes.length > 0 && entry.changes.every((change) => change.lost)
                  ? t('sync.lost.title', {
                      actor: entry.actorName,
                      entity: t(`timeline.entity.${entry.entity}`),
                      name: entry.entityName,
                    })
                  : entry.entity === 'greeting'
                    ? t(`greetings.timeline.${entry.kind}`, {
                        actor: entry.actorName,
                        name: entry.entityName,
                      })
                    : entry.entity === 'tierChange'
                      ? tierChangeTitle(entry, t)
                      : entry.entity === 'enrollment'
                        ? enrollmentTitle(entry, t)
                        : t(`timeline.${entry.kind}`, {
                            actor: entry.actorName,
                            entity: t(`timeline.entity.${entry.entity}`),
                            name: entry.entityName,
                          })}
              </Text>
            }
          >
            <Tooltip label={dateTime(entry.at, context.locale)}>
              <Text size="xs" c="dimmed" component="time" dateTime={entry.at}>
                {relativeTime(entry.at, now, context.locale)}
              </Text>
            </Tooltip>
            {entry.kind === 'updated' && entry.changes.length > 0 ? (
              <Stack gap={2} mt={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {entry.changes
                  .filter((change) => !(entry.entity === 'tierChange' && change.field === 'tier'))
                  .map((change) =>
                    change.lost ? (
                      <LostChange
                        key={change.field}
                        field={t(`fields.${entry.entity}.${change.field}`, { defaultValue: change.field })}
                        value={changeValueText(
                          change.field,
                          normalizeChangeValue(change.field, change.newValue),
                          context,
                          entry.entity,
                        )}
                        actor={entry.actorName}
                      />
                    ) : (
                      <Text key={change.field} size="sm" component="li" style={{ overflowWrap: 'anywhere' }}>
                        <Text span fw={500} size="sm">
                          {t(`fields.${entry.entity}.${change.field}`, { defaultValue: change.field })}:
                        </Text>{' '}
                        {change.oldValue === null &&
                        (entry.entity === 'dispute' || entry.entity === 'tierChange') ? null : (
                          <>
                            <Text span size="sm" c="dimmed" td="line-through">
                              {changeValueText(
                                change.field,
                                normalizeChangeValue(change.field, change.oldValue),
                                context,
                                entry.entity,
                              )}
                            </Text>
                            {' → '}
                          </>
                        )}
                        <Text span size="sm">
                          {changeValueText(
                            change.field,
                            normalizeChangeValue(change.field, change.newValue),
                            context,
                            entry.entity,
                          )}
                        </Text>
                      </Text>
                    ),
                  )}
              </Stack>
            ) : null}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

/** "Ana enrolled the partner in Dealer Rewards", took it out, or enrolled it again. */
function enrollmentTitle(entry: TimelineEntry, t: TFunction): string {
  const values = { actor: entry.actorName, name: entry.entityName };
  if (entry.kind === 'created') return t('timeline.enrolled', values);
  const left = entry.changes.find((change) => change.field === 'leftOn');
  if (left) return t(left.newValue === null ? 'timeline.reenrolled' : 'timeline.unenrolled', values);
  return t(`timeline.${entry.kind}`, { ...values, entity: t('timeline.entity.enrollment') });
}

/** "Tier changed from Gold to Silver", or the first tier a partner was given. */
function tierChangeTitle(entry: TimelineEntry, t: TFunction): string {
  const tier = entry.changes.find((change) => change.field === 'tier');
  const from = typeof tier?.oldValue === 'string' ? tier.oldValue : null;
  return from
    ? t('timeline.tierChanged', { from, to: entry.entityName })
    : t('timeline.tierStarted', { to: entry.entityName });
}
