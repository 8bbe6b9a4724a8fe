// How a retention case stands: still open, or retained / churned on a day.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RetentionOutcome } from '../../../../shared/retention';
import { calendarDate } from '../../i18n/date-format';

const colors: Record<RetentionOutcome, string> = { open: 'orange', retained: 'teal', churned: 'gray' };

export function OutcomeBadge({ outcome, on }: { outcome: RetentionOutcome; on: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <Badge color={colors[outcome]} variant="light" tt="none" style={{ flexShrink: 0 }}>
      {outcome !== 'open' && on
        ? t('retention.outcomeOn', {
            outcome: t(`retention.outcome.${outcome}`),
            date: calendarDate(on, i18n.language),
          })
        : t(`retention.outcome.${outcome}`)}
    </Badge>
  );
}
