// One partner due for a visit: how overdue, when last seen, a day chooser for the week (holidays
// in the partner's country marked), and the greetings a visit on the chosen day can bring.
import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlannerGreeting, PlannerHoliday, VisitDue } from '../../../../shared/care';
import type { FieldMessage } from '../../../../shared/errors';
import { calendarDate } from '../../i18n/date-format';
import { fieldMessageText } from '../../i18n/error-text';
import { greetingsNear, holidaysOn } from './planner-days';
import type { VisitChoice } from './planner-choices';
import { chipText, dayText, greetingText, holidayWarning } from './planner-text';

export interface PlannerRowProps {
  partner: VisitDue;
  days: readonly string[];
  today: string;
  /** The week's holidays in this partner's country. */
  holidays: readonly PlannerHoliday[];
  /** The greetings near the week for this partner. */
  greetings: readonly PlannerGreeting[];
  choice: VisitChoice | undefined;
  error: FieldMessage | undefined;
  onToggleDay: (partnerId: string, day: string) => void;
  onToggleGreeting: (partnerId: string, key: string) => void;
}

export const PlannerRow = memo(function PlannerRow({
  partner,
  days,
  today,
  holidays,
  greetings,
  choice,
  error,
  onToggleDay,
  onToggleGreeting,
}: PlannerRowProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const chosenHolidays = choice ? holidaysOn(holidays, partner.country, choice.day) : [];
  const offered = choice ? greetingsNear(greetings, partner.partnerId, choice.day) : [];

  return (
    <Paper
      withBorder
      p="sm"
      role="listitem"
      aria-label={partner.partnerName}
      data-testid="planner-row"
      // A chosen visit is marked by its edge, so the row stays as readable as the others.
      style={choice ? { borderLeft: '4px solid var(--mantine-primary-color-filled)' } : undefined}
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} miw={220} style={{ flex: 1 }}>
          <Group gap="xs" wrap="nowrap">
            <Anchor component={Link} to={`/partners/${partner.partnerId}`} fw={600} lineClamp={1}>
              {partner.partnerName}
            </Anchor>
            <DueBadge partner={partner} today={today} locale={locale} />
          </Group>
          <Text size="xs" c="dimmed">
            {[
              partner.lastVisit
                ? t('visitPlanner.row.lastVisit', { date: calendarDate(partner.lastVisit, locale) })
                : t('visitPlanner.row.neverVisited'),
              t('visitPlanner.row.cadence', { count: partner.cadenceDays }),
              partner.ownerName,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
        <Group
          gap={4}
          role="group"
          aria-label={t('visitPlanner.row.days', { name: partner.partnerName })}
          wrap="nowrap"
        >
          {days.map((day) => {
            const dayHolidays = holidaysOn(holidays, partner.country, day);
            const names = dayHolidays.map((holiday) => holiday.name).join(', ');
            const label = dayHolidays.length
              ? t('visitPlanner.row.dayWithHoliday', { day: dayText(day, locale), holidays: names })
              : dayText(day, locale);
            const chosen = choice?.day === day;
            const button = (
              <Button
                size="compact-sm"
                w={68}
                px={4}
                variant={chosen ? 'filled' : dayHolidays.length ? 'light' : 'default'}
                color={dayHolidays.length ? 'orange' : undefined}
                aria-pressed={chosen}
                aria-label={label}
                disabled={day < today}
                onClick={() => onToggleDay(partner.partnerId, day)}
                leftSection={dayHolidays.length ? <IconAlertTriangle size={12} aria-hidden /> : undefined}
                styles={{ section: { marginInlineEnd: 2 } }}
              >
                {chipText(day, locale)}
              </Button>
            );
            return dayHolidays.length ? (
              <Tooltip key={day} label={label} withArrow>
                {button}
              </Tooltip>
            ) : (
              <span key={day}>{button}</span>
            );
          })}
        </Group>
      </Group>
      {chosenHolidays.map((holiday) => (
        <Group key={holiday.name} gap={6} mt="xs" c="orange.8" role="status">
          <IconAlertTriangle size={16} aria-hidden />
          <Text size="sm" fw={500}>
            {holidayWarning(t, holiday, locale)}
          </Text>
        </Group>
      ))}
      {choice ? (
        offered.map((greeting) => (
          <Checkbox
            key={greeting.key}
            mt="xs"
            size="sm"
            checked={!choice.declinedGreetings.includes(greeting.key)}
            onChange={() => onToggleGreeting(partner.partnerId, greeting.key)}
            label={t('visitPlanner.row.bringGreetings', { what: greetingText(t, greeting, locale) })}
          />
        ))
      ) : greetings.length ? (
        <Text size="xs" c="dimmed" mt={6}>
          {t('visitPlanner.row.greetingsDue', {
            list: greetings.map((greeting) => greetingText(t, greeting, locale)).join('; '),
          })}
        </Text>
      ) : null}
      {error ? (
        <Text size="sm" c="red" mt="xs" role="alert">
          {fieldMessageText(t, error)}
        </Text>
      ) : null}
    </Paper>
  );
});

function DueBadge({ partner, today, locale }: { partner: VisitDue; today: string; locale: string }) {
  const { t } = useTranslation();
  if (partner.overdueDays > 0) {
    return (
      <Badge color="red" variant="light" style={{ flexShrink: 0 }}>
        {t('visitPlanner.row.overdue', { count: partner.overdueDays })}
      </Badge>
    );
  }
  return (
    <Badge color={partner.dueDate === today ? 'orange' : 'gray'} variant="light" style={{ flexShrink: 0 }}>
      {partner.dueDate === today
        ? t('visitPlanner.row.dueToday')
        : t('visitPlanner.row.dueOn', { day: dayText(partner.dueDate, locale) })}
    </Badge>
  );
}
