// The care etiquette mark on a partner profile or contact card ("In mourning until 12 Dec 2026"),
// shown only while it holds; its note is the tooltip.
import { Badge, Tooltip } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CareStatus } from '../../../../shared/care';
import { calendarDate } from '../../i18n/date-format';
import { localIsoDate } from '../greetings/greeting-urls';

export interface CareStatusMark {
  careStatus: CareStatus | null;
  careStatusUntil: string | null;
  careStatusNote: string;
}

export function CareStatusBadge({ mark }: { mark: CareStatusMark }) {
  const { t, i18n } = useTranslation();
  if (!mark.careStatus) return null;
  if (mark.careStatusUntil && mark.careStatusUntil < localIsoDate()) return null;
  const label = mark.careStatusUntil
    ? t(`careStatus.badge.${mark.careStatus}`, { date: calendarDate(mark.careStatusUntil, i18n.language) })
    : t(`careStatus.badge.${mark.careStatus}Open`);
  const badge = (
    <Badge
      color="grape"
      variant="light"
      leftSection={<IconHeartHandshake size={14} aria-hidden />}
      data-testid="care-status-badge"
      style={{ textTransform: 'none' }}
    >
      {label}
    </Badge>
  );
  return mark.careStatusNote ? (
    <Tooltip label={mark.careStatusNote} multiline maw={320}>
      {badge}
    </Tooltip>
  ) : (
    badge
  );
}
