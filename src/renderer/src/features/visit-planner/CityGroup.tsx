// The partners of one city under a header with their count and a quick way to plan them all on
// the same day (one trip to that city).
import { ActionIcon, Badge, Button, Group, Menu, Stack, Title } from '@mantine/core';
import { IconCalendarPlus, IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlannerGreeting, PlannerHoliday } from '../../../../shared/care';
import type { FieldMessage } from '../../../../shared/errors';
import type { CityGroup as CityGroupData } from './planner-days';
import type { PlannerChoices } from './planner-choices';
import { PlannerRow } from './PlannerRow';
import { dayText } from './planner-text';

const noGreetings: readonly PlannerGreeting[] = [];
const noHolidays: readonly PlannerHoliday[] = [];

export interface CityGroupProps {
  group: CityGroupData;
  days: readonly string[];
  today: string;
  expanded: boolean;
  holidaysByCountry: ReadonlyMap<string, PlannerHoliday[]>;
  greetingsByPartner: ReadonlyMap<string, PlannerGreeting[]>;
  choices: PlannerChoices;
  errors: Readonly<Record<string, FieldMessage>>;
  onToggleExpanded: (city: string) => void;
  onAssignCity: (partnerIds: string[], day: string) => void;
  onToggleDay: (partnerId: string, day: string) => void;
  onToggleGreeting: (partnerId: string, key: string) => void;
}

export const CityGroup = memo(function CityGroup({
  group,
  days,
  today,
  expanded,
  holidaysByCountry,
  greetingsByPartner,
  choices,
  errors,
  onToggleExpanded,
  onAssignCity,
  onToggleDay,
  onToggleGreeting,
}: CityGroupProps) {
  const { t, i18n } = useTranslation();
  const city = group.city || t('visitPlanner.city.noCity');
  const chosen = group.partners.filter((partner) => choices[partner.partnerId]).length;
  const headingId = `planner-city-${group.city.replace(/\W+/g, '-') || 'none'}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Group gap="xs">
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-expanded={expanded}
          aria-label={t(expanded ? 'visitPlanner.city.hide' : 'visitPlanner.city.show', { city })}
          onClick={() => onToggleExpanded(group.city)}
        >
          {expanded ? <IconChevronDown size={18} aria-hidden /> : <IconChevronRight size={18} aria-hidden />}
        </ActionIcon>
        <Title order={2} size="h4" id={headingId}>
          {city}
        </Title>
        <Badge variant="light" color="gray">
          {t('visitPlanner.city.partners', { count: group.partners.length })}
        </Badge>
        {chosen ? <Badge variant="light">{t('visitPlanner.city.chosen', { count: chosen })}</Badge> : null}
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconCalendarPlus size={14} aria-hidden />}
              aria-label={t('visitPlanner.city.assignLabel', { city })}
            >
              {t('visitPlanner.city.assign')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {days.map((day) => (
              <Menu.Item
                key={day}
                disabled={day < today}
                onClick={() =>
                  onAssignCity(
                    group.partners.map((partner) => partner.partnerId),
                    day,
                  )
                }
              >
                {dayText(day, i18n.language)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {expanded ? (
        <Stack gap="xs" role="list" aria-labelledby={headingId}>
          {group.partners.map((partner) => (
            <PlannerRow
              key={partner.partnerId}
              partner={partner}
              days={days}
              today={today}
              holidays={holidaysByCountry.get(partner.country) ?? noHolidays}
              greetings={greetingsByPartner.get(partner.partnerId) ?? noGreetings}
              choice={choices[partner.partnerId]}
              error={errors[partner.partnerId]}
              onToggleDay={onToggleDay}
              onToggleGreeting={onToggleGreeting}
            />
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
});
