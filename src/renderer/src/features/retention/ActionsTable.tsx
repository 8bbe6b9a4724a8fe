// The actions of a retention case: what, who, by when (overdue marked), status changed right in
// the row, notes and what came of it.
import { ActionIcon, Badge, Select, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  retentionActionStatuses,
  type RetentionAction,
  type RetentionActionStatus,
} from '../../../../shared/retention';
import { calendarDate } from '../../i18n/date-format';

export interface ActionsTableProps {
  actions: readonly RetentionAction[];
  busyId: string | null;
  onStatus: (action: RetentionAction, status: RetentionActionStatus) => void;
  onEdit: (action: RetentionAction) => void;
}

export function ActionsTable({ actions, busyId, onStatus, onEdit }: ActionsTableProps) {
  const { t, i18n } = useTranslation();
  const statusOptions = retentionActionStatuses.map((status) => ({
    value: status,
    label: t(`retention.actionStatus.${status}`),
  }));
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table aria-label={t('retention.case.actionsTitle')} verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('retention.fields.actionTitle')}</Table.Th>
            <Table.Th>{t('retention.fields.owner')}</Table.Th>
            <Table.Th>{t('retention.fields.dueDate')}</Table.Th>
            <Table.Th w={150}>{t('retention.fields.status')}</Table.Th>
            <Table.Th>{t('retention.fields.notesAndOutcome')}</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>{t('retention.case.edit')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((action) => (
            <Table.Tr
              key={action.id}
              data-testid="retention-action"
              aria-busy={busyId === action.id || undefined}
            >
              <Table.Td>
                <Stack gap={4}>
                  <Text size="sm" fw={500} c={action.status === 'cancelled' ? 'dimmed' : undefined}>
                    {action.title}
                  </Text>
                  <Badge variant="light" color="gray" tt="none" size="sm">
                    {t(`retention.actionKind.${action.kind}`)}
                  </Badge>
                </Stack>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{action.ownerName ?? t('retention.noOwner')}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Stack gap={4}>
                  <Text size="sm">{calendarDate(action.dueDate, i18n.language)}</Text>
                  {action.overdue ? (
                    <Badge color="red" variant="light" size="sm">
                      {t('retention.overdue')}
                    </Badge>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={t('retention.case.statusOf', { title: action.title })}
                  data={statusOptions}
                  value={action.status}
                  allowDeselect={false}
                  disabled={busyId === action.id}
                  onChange={(status) =>
                    status && status !== action.status && onStatus(action, status as RetentionActionStatus)
                  }
                />
              </Table.Td>
              <Table.Td maw={320}>
                <Stack gap={4}>
                  {action.notes ? (
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {action.notes}
                    </Text>
                  ) : null}
                  {action.outcome ? (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      <Text span fw={500} size="sm">
                        {t('retention.fields.actionOutcome')}:{' '}
                      </Text>
                      {action.outcome}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Tooltip label={t('retention.case.editAction', { title: action.title })}>
                  <ActionIcon
                    variant="subtle"
                    aria-label={t('retention.case.editAction', { title: action.title })}
                    onClick={() => onEdit(action)}
                  >
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
