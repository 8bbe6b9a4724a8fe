// A partner's badges as small labelled icons. Everything a reader needs is text on the badge (what
// was reached and when), so it prints as well as it shows; the tooltip adds what the badge means,
// and `withMeaning` writes that out too (for paper, where nothing can be hovered).
import { Badge as MantineBadge, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconAward,
  IconCrown,
  IconFileCheck,
  IconFiles,
  IconMedal,
  IconStar,
  IconStars,
  IconTarget,
  IconTrophy,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Badge, BadgeKey } from '../../../../shared/ledger';
import { calendarDate } from '../../i18n/date-format';

const badgeLook: Record<BadgeKey, { icon: Icon; color: string }> = {
  'first-claim': { icon: IconFileCheck, color: 'teal' },
  'claims-10': { icon: IconFiles, color: 'teal' },
  'claims-50': { icon: IconAward, color: 'teal' },
  'points-1k': { icon: IconStar, color: 'blue' },
  'points-10k': { icon: IconStars, color: 'indigo' },
  'points-100k': { icon: IconTrophy, color: 'violet' },
  'target-reached': { icon: IconTarget, color: 'orange' },
  'top-3': { icon: IconCrown, color: 'yellow' },
  'top-10': { icon: IconMedal, color: 'gray' },
};

export interface BadgeListProps {
  badges: Badge[];
  /** Writes each badge's meaning below it (the printed statement). */
  withMeaning?: boolean;
  /** Says so when there are none (else nothing is shown). */
  showEmpty?: boolean;
  /** Fixes the language (a statement printed for a partner); by default the UI's. */
  language?: string;
}

export function BadgeList({ badges, withMeaning = false, showEmpty = false, language }: BadgeListProps) {
  const { t, i18n } = useTranslation(undefined, language ? { lng: language } : undefined);
  const locale = language ?? i18n.language;
  if (!badges.length) {
    return showEmpty ? (
      <Text size="sm" c="dimmed">
        {t('gamification.badges.none')}
      </Text>
    ) : null;
  }
  const when = (badge: Badge) =>
    badge.achievedOn ? calendarDate(badge.achievedOn, locale) : t('gamification.badges.current');
  const chip = (badge: Badge) => {
    const { icon: BadgeIcon, color } = badgeLook[badge.key];
    const label = t(`gamification.badges.${badge.key}`);
    const meaning = t(`gamification.badges.meaning.${badge.key}`);
    const date = badge.achievedOn
      ? t('gamification.badges.reachedOn', { date: when(badge) })
      : t('gamification.badges.current');
    return (
      <Tooltip key={badge.key} label={`${meaning} ${date}.`} multiline maw={260} withArrow>
        <MantineBadge
          variant="light"
          color={color}
          radius="sm"
          size="md"
          tt="none"
          leftSection={<BadgeIcon size={14} aria-hidden />}
          aria-label={`${label}: ${meaning} ${date}.`}
          data-testid={`badge-${badge.key}`}
        >
          {badge.achievedOn ? `${label} · ${when(badge)}` : label}
        </MantineBadge>
      </Tooltip>
    );
  };
  if (withMeaning) {
    return (
      <List spacing={6} listStyleType="none" aria-label={t('gamification.badges.label')}>
        {badges.map((badge) => (
          <List.Item key={badge.key}>
            <Stack gap={2}>
              <Group gap="xs">{chip(badge)}</Group>
              <Text size="xs" c="dimmed">
                {t(`gamification.badges.meaning.${badge.key}`)}
              </Text>
            </Stack>
          </List.Item>
        ))}
      </List>
    );
  }
  return (
    <Group gap={6} aria-label={t('gamification.badges.label')} role="list">
      {badges.map((badge) => (
        <span role="listitem" key={badge.key}>
          {chip(badge)}
        </span>
      ))}
    </Group>
  );
}
