// The planner's choices: region, week (previous / next / any date, weeks start on Monday) and owner.
import { ActionIcon, Button, Group, Select, TextInput, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';
import { addDays, isIsoDate, mondayOf } from './planner-days';

export interface PlannerControlsProps {
  regions: readonly string[];
  region: string | null;
  weekStart: string;
  thisWeek: string;
  ownerId: string | null;
  onRegionChange: (region: string | null) => void;
  onWeekChange: (weekStart: string) => void;
  onOwnerChange: (ownerId: string | null) => void;
}

export function PlannerControls({
  regions,
  region,
  weekStart,
  thisWeek,
  ownerId,
  onRegionChange,
  onWeekChange,
  onOwnerChange,
}: PlannerControlsProps) {
  const { t } = useTranslation();
  const owners = useCoreQuery('owners.list', {});
  return (
    <Group align="flex-end" gap="sm" role="group" aria-label={t('visitPlanner.controls')}>
      <Select
        label={t('visitPlanner.region')}
        placeholder={t('visitPlanner.regionPlaceholder')}
        data={[...regions]}
        value={region}
        onChange={onRegionChange}
        searchable
        w={220}
        maxDropdownHeight={320}
      />
      <Group gap={4} align="flex-end" wrap="nowrap">
        <Tooltip label={t('visitPlanner.previousWeek')}>
          <ActionIcon
            size="input-sm"
            variant="default"
            aria-label={t('visitPlanner.previousWeek')}
            disabled={weekStart <= thisWeek}
            onClick={() => onWeekChange(addDays(weekStart, -7))}
          >
            <IconChevronLeft size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <TextInput
          type="date"
          label={t('visitPlanner.weekOf')}
          value={weekStart}
          min={thisWeek}
          w={170}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isIsoDate(value)) onWeekChange(mondayOf(value) < thisWeek ? thisWeek : mondayOf(value));
          }}
        />
        <Tooltip label={t('visitPlanner.nextWeek')}>
          <ActionIcon
            size="input-sm"
            variant="default"
            aria-label={t('visitPlanner.nextWeek')}
            onClick={() => onWeekChange(addDays(weekStart, 7))}
          >
            <IconChevronRight size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        {weekStart === thisWeek ? null : (
          <Button variant="subtle" onClick={() => onWeekChange(thisWeek)}>
            {t('visitPlanner.thisWeek')}
          </Button>
        )}
      </Group>
      <Select
        label={t('visitPlanner.owner')}
        placeholder={t('visitPlanner.ownerAnyone')}
        data={(owners.data ?? []).map((owner) => ({ value: owner.id, label: owner.name }))}
        value={ownerId}
        onChange={onOwnerChange}
        clearable
        searchable
        w={220}
      />
    </Group>
  );
}
