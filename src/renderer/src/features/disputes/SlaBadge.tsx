// A case's SLA standing as a badge: time left ("Due in 2 d 3 h"), overdue in red ("Overdue by
// 5 h"), or how a settled case ended against its deadline. The due time is in the tooltip.
import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DisputeSummary } from '../../../../shared/disputes';
import { shortDuration } from './sla-duration';

const daySoonMs = 24 * 3_600_000;

export function SlaBadge({ sla, size = 'sm' }: { sla: DisputeSummary['sla']; size?: 'xs' | 'sm' | 'md' }) {
  const { t, i18n } = useTranslation();
  const units = { d: t('caseReports.sla.d'), h: t('caseReports.sla.h'), min: t('caseReports.sla.min') };
  const due = new Date(sla.dueAt).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  let color: string;
  let label: string;
  if (sla.msLeft === null) {
    color = sla.breached ? 'red' : 'teal';
    label = sla.breached ? t('caseReports.sla.settledLate') : t('caseReports.sla.settledInTime');
  } else if (sla.msLeft < 0) {
    color = 'red';
    label = t('caseReports.sla.overdueBy', { time: shortDuration(sla.msLeft, units) });
  } else {
    color = sla.msLeft <= daySoonMs ? 'orange' : 'gray';
    label = t('caseReports.sla.dueIn', { time: shortDuration(sla.msLeft, units) });
  }
  return (
    <Tooltip label={t('caseReports.sla.dueAt', { due })} withArrow>
      <Badge
        color={color}
        variant={sla.breached ? 'filled' : 'light'}
        size={size}
        // Never cut short in a narrow table cell: the time is the point.
        style={{ textTransform: 'none', minWidth: 'max-content' }}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
