// What one calendar item shows inside its block: the kind's icon, the label, and small marks for
// greeted (a check), done or skipped, in mourning or hardship, and the 29 February rule. A skipped
// item is struck through, not faded: faded text fell below AA contrast on the event's colour.
import { Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconFlower, IconRepeat } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CalendarItem } from '../../../../shared/calendar';
import { countryFlag } from './schedule-events';
import { kindStyles } from './kind-style';

export interface CalendarItemBodyProps {
  item: CalendarItem;
  label: string;
  /** True when the series repeats (known from several occurrences in view). */
  repeating?: boolean;
}

export function CalendarItemBody({ item, label, repeating }: CalendarItemBodyProps) {
  const { t } = useTranslation();
  const KindIcon = kindStyles[item.kind].icon;
  return (
    <Group gap={4} wrap="nowrap" data-item-key={item.key} style={{ minWidth: 0 }}>
      {item.source === 'festival' && item.country ? (
        <span aria-hidden style={{ flexShrink: 0 }}>
          {countryFlag(item.country)}
        </span>
      ) : (
        <KindIcon size={13} stroke={2} aria-hidden style={{ flexShrink: 0 }} />
      )}
      <Text
        component="span"
        size="xs"
        fw={500}
        truncate
        td={item.status === 'skipped' ? 'line-through' : undefined}
        style={{ minWidth: 0, color: 'inherit' }}
      >
        {label}
      </Text>
      {repeating ? (
        <IconRepeat size={11} aria-label={t('calendar.marks.repeats')} style={{ flexShrink: 0 }} />
      ) : null}
      {item.greeted || item.status === 'done' ? (
        <IconCheck
          size={13}
          stroke={3}
          aria-label={item.greeted ? t('calendar.marks.greeted') : t('calendar.status.done')}
          style={{ flexShrink: 0 }}
        />
      ) : null}
      {item.status === 'skipped' ? <VisuallyHidden>{t('calendar.status.skipped')}</VisuallyHidden> : null}
      {item.suppressed ? (
        <Tooltip label={t(`calendar.marks.${item.suppressed.status}`)}>
          <IconFlower
            size={13}
            aria-label={t(`calendar.marks.${item.suppressed.status}`)}
            style={{ flexShrink: 0 }}
          />
        </Tooltip>
      ) : null}
      {item.shiftedFromLeapDay ? (
        <Text
          component="span"
          size="10px"
          fw={700}
          aria-label={t('calendar.marks.leapDay')}
          style={{ flexShrink: 0 }}
        >
          29/2
        </Text>
      ) : null}
    </Group>
  );
}
