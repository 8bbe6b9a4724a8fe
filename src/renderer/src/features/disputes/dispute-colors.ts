// The colours of a case's severity and status badges, the same on every screen that shows them.
import type { DisputeSeverity, DisputeStatus } from '../../../../shared/disputes';

export const severityColors: Record<DisputeSeverity, string> = {
  low: 'gray',
  medium: 'blue',
  high: 'orange',
  critical: 'red',
};

export const statusColors: Record<DisputeStatus, string> = {
  open: 'blue',
  investigating: 'cyan',
  'resolution-proposed': 'grape',
  escalated: 'red',
  resolved: 'teal',
  closed: 'gray',
};
