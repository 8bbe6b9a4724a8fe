// Lets the user pick the partner list's columns; the name column cannot be hidden.
import { ActionIcon, Checkbox, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { partnerColumnIds, toggleColumn, type PartnerColumnId } from './partner-column-choice';

export interface ColumnChooserProps {
  columns: PartnerColumnId[];
  onChange: (columns: PartnerColumnId[]) => void;
}

export function ColumnChooser({ columns, onChange }: ColumnChooserProps) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Tooltip label={t('partners.columns.choose')}>
          <ActionIcon variant="default" size="lg" aria-label={t('partners.columns.choose')}>
            <IconColumns size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" role="group" aria-label={t('partners.columns.choose')}>
          <Text size="sm" fw={600}>
            {t('partners.columns.title')}
          </Text>
          {partnerColumnIds.map((id) => (
            <Checkbox
              key={id}
              label={t(`partnerColumns.${id}`)}
              checked={columns.includes(id)}
              disabled={id === 'name'}
              onChange={() => onChange(toggleColumn(columns, id))}
            />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
