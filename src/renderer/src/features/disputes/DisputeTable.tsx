// A page of cases as a table: title to the case, partners, kind, severity, status, owner and the
// SLA badge; a case past its SLA is tinted red so it stands out while scrolling.
import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DisputeSummary } from '../../../../shared/disputes';
import { severityColors } from './dispute-colors';
import { SlaBadge } from './SlaBadge';

export function DisputeTable({ rows }: { rows: readonly DisputeSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table aria-label={t('caseReports.list.tableLabel')} verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('caseReports.list.case')}</Table.Th>
            <Table.Th>{t('caseReports.list.partners')}</Table.Th>
            <Table.Th>{t('caseReports.list.kind')}</Table.Th>
            <Table.Th>{t('caseReports.list.severity')}</Table.Th>
            <Table.Th>{t('caseReports.list.status')}</Table.Th>
            <Table.Th>{t('caseReports.list.owner')}</Table.Th>
            <Table.Th>{t('caseReports.list.sla')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={row.id}
              data-testid="dispute-row"
              data-breached={row.sla.breached ? 'true' : undefined}
              bg={row.sla.breached && row.sla.msLeft !== null ? 'var(--mantine-color-red-light)' : undefined}
            >
              <Table.Td maw={320}>
                <Stack gap={2}>
                  <Anchor component={Link} to={`/disputes/${row.id}`} size="sm" fw={500}>
                    {row.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('caseReports.list.opened')}{' '}
                    {new Date(row.openedAt).toLocaleDateString(i18n.language, { dateStyle: 'medium' })}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td maw={260}>
                <Stack gap={0}>
                  {row.partners.map((partner) => (
                    <Anchor key={partner.id} component={Link} to={`/partners/${partner.id}`} size="sm">
                      {partner.name}
                    </Anchor>
                  ))}
                  {row.region ? (
                    <Text size="xs" c="dimmed">
                      {row.region}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`disputes.kind.${row.kind}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge
                  color={severityColors[row.severity]}
                  variant="light"
                  style={{ textTransform: 'none', minWidth: 'max-content' }}
                >
                  {t(`disputes.severity.${row.severity}`)}
                </Badge>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{t(`disputes.status.${row.status}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={row.ownerName ? undefined : 'dimmed'}>
                  {row.ownerName ?? t('caseReports.list.nobody')}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <SlaBadge sla={row.sla} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
