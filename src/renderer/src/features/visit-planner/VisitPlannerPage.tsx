// The visit planner: pick a region and a week, see who is due or overdue by city, choose a day
// per partner (warned of holidays, offered nearby greetings), and schedule them all in one go.
import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconCalendarHeart, IconMapPin, IconRoute } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { PlannerGreeting, PlannerHoliday } from '../../../../shared/care';
import { CoreError, type FieldMessage } from '../../../../shared/errors';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { countryName } from '../../i18n/display-names';
import { useAnnounceWrite } from '../history/use-undo';
import { CityGroup } from './CityGroup';
import { PlannerControls } from './PlannerControls';
import {
  assignDay,
  choicesWithin,
  toggleDay,
  toggleGreeting,
  visitsToSchedule,
  type PlannerChoices,
} from './planner-choices';
import { addDays, groupByCity, isIsoDate, localToday, mondayOf, weekDays } from './planner-days';
import { dayText } from './planner-text';
import { ScheduleBar } from './ScheduleBar';

const regionStorageKey = 'channelkeeper.visitPlanner.region';
/** Up to this many partners every city is open; beyond it, cities open one at a time. */
const openAllUpTo = 60;

function storedRegion(): string | null {
  try {
    return localStorage.getItem(regionStorageKey);
  } catch {
    return null;
  }
}

export function VisitPlannerPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = localToday();
  const thisWeek = mondayOf(today);
  const facets = useCoreQuery('partners.facets', {});
  const regions = facets.data?.regions ?? [];

  const requestedWeek = params.get('week');
  const weekStart =
    requestedWeek && isIsoDate(requestedWeek) && mondayOf(requestedWeek) >= thisWeek
      ? mondayOf(requestedWeek)
      : thisWeek;
  const ownerId = params.get('owner');
  // The link's region (the home agenda sends one), else the last one planned, else the only one.
  const remembered = storedRegion();
  const region =
    // An empty ?region= (a link from a partner without one) counts as none.
    (params.get('region') || null) ??
    (remembered !== null && regions.includes(remembered) ? remembered : null) ??
    (regions.length === 1 ? regions[0]! : null);

  useEffect(() => {
    if (region === null) return;
    try {
      localStorage.setItem(regionStorageKey, region);
    } catch {
      // Private windows may refuse storage; the planner then simply does not remember.
    }
  }, [region]);

  const setParam = useCallback(
    (name: string, value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value === null) next.delete(name);
          else next.set(name, value);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return (
    <Stack gap="md" pb={0}>
      <div>
        <Title order={1} size="h2">
          {t('visitPlanner.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('visitPlanner.intro')}
        </Text>
      </div>
      <PlannerControls
        regions={regions}
        region={region}
        weekStart={weekStart}
        thisWeek={thisWeek}
        ownerId={ownerId}
        onRegionChange={(value) => setParam('region', value)}
        onWeekChange={(value) => setParam('week', value === thisWeek ? null : value)}
        onOwnerChange={(value) => setParam('owner', value)}
      />
      {facets.isError ? (
        <QueryErrorAlert error={facets.error} onRetry={() => void facets.refetch()} />
      ) : facets.isPending ? (
        <PlanLoading />
      ) : region === null ? (
        <EmptyState
          icon={<IconMapPin size={28} aria-hidden />}
          withIndicatorBackground
          title={regions.length ? t('visitPlanner.chooseRegion.title') : t('visitPlanner.noRegions.title')}
          description={
            regions.length
              ? t('visitPlanner.chooseRegion.description')
              : t('visitPlanner.noRegions.description')
          }
        />
      ) : (
        <WeekPlan
          // A new region, week or owner starts a fresh selection.
          key={`${region}|${weekStart}|${ownerId ?? ''}`}
          region={region}
          weekStart={weekStart}
          today={today}
          ownerId={ownerId}
          onNextWeek={() => setParam('week', addDays(weekStart, 7))}
        />
      )}
    </Stack>
  );
}

function PlanLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{t('visitPlanner.loading')}</Text>
      </Group>
    </Center>
  );
}

interface WeekPlanProps {
  region: string;
  weekStart: string;
  today: string;
  ownerId: string | null;
  onNextWeek: () => void;
}

function WeekPlan({ region, weekStart, today, ownerId, onNextWeek }: WeekPlanProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const plan = useCoreQuery('visits.plan', {
    region,
    weekStart,
    today,
    ownerIds: ownerId ? [ownerId] : [],
  });
  const schedule = useCoreMutation('visits.schedule');
  const announce = useAnnounceWrite();
  const [choices, setChoices] = useState<PlannerChoices>({});
  const [errors, setErrors] = useState<Record<string, FieldMessage>>({});
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const days = useMemo(() => weekDays(weekStart), [weekStart]);
  const partners = useMemo(() => plan.data?.partners ?? [], [plan.data]);
  const groups = useMemo(() => groupByCity(partners), [partners]);
  const openAll = partners.length <= openAllUpTo;
  const holidaysByCountry = useMemo(() => {
    const map = new Map<string, PlannerHoliday[]>();
    for (const holiday of plan.data?.holidays ?? [])
      map.set(holiday.country, [...(map.get(holiday.country) ?? []), holiday]);
    return map;
  }, [plan.data]);
  const greetingsByPartner = useMemo(() => {
    const map = new Map<string, PlannerGreeting[]>();
    for (const greeting of plan.data?.greetings ?? [])
      map.set(greeting.partnerId, [...(map.get(greeting.partnerId) ?? []), greeting]);
    return map;
  }, [plan.data]);

  // Partners scheduled (here or elsewhere) leave the plan; so do their choices.
  const liveChoices = useMemo(() => choicesWithin(choices, partners), [choices, partners]);
  const count = Object.keys(liveChoices).length;

  const onToggleDay = useCallback((partnerId: string, day: string) => {
    setChoices((current) => toggleDay(current, partnerId, day));
    setErrors(({ [partnerId]: _cleared, ...rest }) => rest);
  }, []);
  const onToggleGreeting = useCallback(
    (partnerId: string, key: string) => setChoices((current) => toggleGreeting(current, partnerId, key)),
    [],
  );
  const onAssignCity = useCallback((partnerIds: string[], day: string) => {
    setChoices((current) => assignDay(current, partnerIds, day));
  }, []);
  const onToggleExpanded = useCallback(
    (city: string) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (next.has(city)) next.delete(city);
        else next.add(city);
        return next;
      }),
    [],
  );

  const scheduleChosen = () => {
    if (!plan.data) return;
    const visits = visitsToSchedule(liveChoices, partners, plan.data.greetings, (partner) =>
      t('visitPlanner.visitTitle', { name: partner.partnerName }),
    );
    schedule.mutate(
      { visits },
      {
        onSuccess: (result) => {
          setChoices({});
          setErrors({});
          announce(t('visitPlanner.summary.scheduled', { count: visits.length }), result.batchId);
        },
        onError: (error) => {
          if (error instanceof CoreError && error.fields) {
            // Field paths are visits.N.<field>: N is the visit's place in what was sent.
            const byPartner: Record<string, FieldMessage> = {};
            for (const [path, message] of Object.entries(error.fields)) {
              const index = Number(/^visits\.(\d+)\./.exec(path)?.[1]);
              const visit = visits[index];
              if (visit) byPartner[visit.partnerId] = message;
            }
            setErrors(byPartner);
          }
        },
      },
    );
  };

  if (plan.isPending) return <PlanLoading />;
  if (plan.isError)
    return (
      <QueryErrorAlert
        error={plan.error}
        title={t('visitPlanner.loadFailed')}
        onRetry={() => void plan.refetch()}
      />
    );

  const holidays = plan.data.holidays;
  return (
    <Stack gap="md">
      <Group gap="xs" c="dimmed">
        <Text size="sm" fw={500}>
          {t('visitPlanner.weekRange', { from: dayText(days[0]!, locale), to: dayText(days[6]!, locale) })}
        </Text>
      </Group>
      {holidays.length ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconCalendarHeart size={18} aria-hidden />}
          title={t('visitPlanner.holidaysThisWeek')}
          data-testid="planner-holidays"
        >
          <Text size="sm">
            {holidays
              .map((holiday) =>
                t('visitPlanner.holidayLine', {
                  name: holiday.name,
                  country: countryName(holiday.country, locale),
                  date: dayText(holiday.date, locale),
                }),
              )
              .join(' · ')}
          </Text>
        </Alert>
      ) : null}
      {plan.data.truncated ? (
        <Alert color="blue" variant="light">
          {t('visitPlanner.truncated', { number: new Intl.NumberFormat(locale).format(partners.length) })}
        </Alert>
      ) : null}
      {partners.length === 0 ? (
        <EmptyState
          icon={<IconRoute size={28} aria-hidden />}
          withIndicatorBackground
          title={t('visitPlanner.empty.title', { region })}
          description={t('visitPlanner.empty.description', { region })}
        >
          <EmptyState.Actions>
            <Button
              variant="light"
              rightSection={<IconArrowRight size={16} aria-hidden />}
              onClick={onNextWeek}
            >
              {t('visitPlanner.empty.nextWeek')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <Stack gap="lg" data-testid="planner-cities">
            {groups.map((group) => (
              <CityGroup
                key={group.city}
                group={group}
                days={days}
                today={today}
                expanded={openAll !== expanded.has(group.city)}
                holidaysByCountry={holidaysByCountry}
                greetingsByPartner={greetingsByPartner}
                choices={liveChoices}
                errors={errors}
                onToggleExpanded={onToggleExpanded}
                onAssignCity={onAssignCity}
                onToggleDay={onToggleDay}
                onToggleGreeting={onToggleGreeting}
              />
            ))}
          </Stack>
          <ScheduleBar
            count={count}
            saving={schedule.isPending}
            error={schedule.error}
            onClear={() => {
              setChoices({});
              setErrors({});
            }}
            onSchedule={scheduleChosen}
          />
        </>
      )}
    </Stack>
  );
}
