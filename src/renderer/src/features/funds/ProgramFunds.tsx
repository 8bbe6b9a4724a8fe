// A program's funds tab (rebates, MDF, co-op): the budget's burn, each partner's allocation, and
// fund requests through approval, proof of performance and reimbursement.
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Progress,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import {
  IconCash,
  IconCheck,
  IconInfoCircle,
  IconPaperclip,
  IconPencil,
  IconPlus,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fundRequestStatuses,
  type FundRequest,
  type FundRequestStatus,
  type ProgramFunds as Funds,
} from '../../../../shared/funds';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { formatMinor } from '../sales/sales-money';
import { AllocationModal } from './AllocationModal';
import { NewRequestModal } from './NewRequestModal';
import { RequestActionModal, type RequestAction } from './RequestActionModal';

const statusColors: Record<FundRequestStatus, string> = {
  submitted: 'blue',
  approved: 'teal',
  rejected: 'red',
  'proof-submitted': 'orange',
  reimbursed: 'gray',
};

type Allocation = Funds['allocations'][number];

export function ProgramFunds({ programId }: { programId: string }) {
  const { t, i18n } = useTranslation();
  const funds = useCoreQuery('funds.program', { programId });
  const [status, setStatus] = useState<FundRequestStatus | null>(null);
  const requests = useCoreQuery('fundRequests.list', {
    programId,
    statuses: status ? [status] : [],
    limit: 200,
  });
  const [allocating, setAllocating] = useState<{ current: Allocation | null } | null>(null);
  const [creating, setCreating] = useState(false);
  const [acting, setActing] = useState<{ action: RequestAction; request: FundRequest } | null>(null);

  if (funds.error) {
    return (
      <QueryErrorAlert
        error={funds.error}
        onRetry={() => void funds.refetch()}
        title={t('funds.loadFailed')}
      />
    );
  }
  if (!funds.data) {
    return (
      <Stack aria-busy="true">
        <Skeleton height={90} radius="md" />
        <Skeleton height={160} radius="md" />
      </Stack>
    );
  }
  const f = funds.data;
  const money = (minor: number) => formatMinor(minor, f.currency, i18n.language);
  const nothingYet = f.allocations.length === 0 && (requests.data?.total ?? 0) === 0 && status === null;

  return (
    <Stack gap="md">
      {nothingYet ? (
        <Alert icon={<IconInfoCircle aria-hidden />} color="blue" variant="light" data-testid="funds-intro">
          {t('funds.intro')}
        </Alert>
      ) : null}
      <BudgetBurn funds={f} money={money} />

      <Card withBorder radius="md" padding="md">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h5">
            {t('funds.allocations.title')}
          </Title>
          <Button
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => setAllocating({ current: null })}
          >
            {t('funds.allocations.allocate')}
          </Button>
        </Group>
        {f.allocations.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="allocations-empty">
            {t('funds.allocations.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" aria-label={t('funds.allocations.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('funds.allocations.partner')}</Table.Th>
                  <Table.Th ta="right">{t('funds.allocations.allocated')}</Table.Th>
                  <Table.Th ta="right">{t('funds.allocations.requested')}</Table.Th>
                  <Table.Th ta="right">{t('funds.allocations.approved')}</Table.Th>
                  <Table.Th ta="right">{t('funds.allocations.reimbursed')}</Table.Th>
                  <Table.Th w={48} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {f.allocations.map((row) => (
                  <Table.Tr key={row.partnerId}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {row.partnerName}
                      </Text>
                      {row.note ? (
                        <Text size="xs" c="dimmed">
                          {row.note}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td ta="right">
                      {row.allocatedMinor ? (
                        money(row.allocatedMinor)
                      ) : (
                        <Text span size="sm" c="dimmed">
                          {t('funds.allocations.none')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{money(row.requestedMinor)}</Table.Td>
                    <Table.Td ta="right">{money(row.approvedMinor)}</Table.Td>
                    <Table.Td ta="right">{money(row.reimbursedMinor)}</Table.Td>
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('funds.allocations.edit', { name: row.partnerName })}
                        onClick={() => setAllocating({ current: row })}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      <Card withBorder radius="md" padding="md">
        <Group justify="space-between" mb="sm">
          <Title order={3} size="h5">
            {t('funds.requests.title')}
          </Title>
          <Group gap="xs">
            <Select
              size="xs"
              aria-label={t('funds.requests.filter')}
              placeholder={t('funds.requests.all')}
              clearable
              value={status}
              onChange={(value) => setStatus(value as FundRequestStatus | null)}
              data={fundRequestStatuses.map((s) => ({ value: s, label: t(`funds.status.${s}`) }))}
              w={230}
            />
            <Button
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setCreating(true)}
            >
              {t('funds.requests.new')}
            </Button>
          </Group>
        </Group>
        {requests.error ? (
          <QueryErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />
        ) : !requests.data ? (
          <Skeleton height={80} />
        ) : requests.data.rows.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="requests-empty">
            {status ? t('funds.requests.emptyFiltered') : t('funds.requests.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" aria-label={t('funds.requests.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('funds.requests.partner')}</Table.Th>
                  <Table.Th>{t('funds.requests.activity')}</Table.Th>
                  <Table.Th>{t('funds.requests.plannedOn')}</Table.Th>
                  <Table.Th ta="right">{t('funds.requests.amount')}</Table.Th>
                  <Table.Th>{t('funds.requests.status')}</Table.Th>
                  <Table.Th>{t('funds.requests.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{requests.data.rows.map((request) => requestRow(request))}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>

      <AllocationModal
        opened={allocating !== null}
        onClose={() => setAllocating(null)}
        programId={programId}
        currency={f.currency}
        current={allocating?.current ?? null}
      />
      <NewRequestModal
        opened={creating}
        onClose={() => setCreating(false)}
        programId={programId}
        currency={f.currency}
      />
      <RequestActionModal
        action={acting?.action ?? null}
        request={acting?.request ?? null}
        onClose={() => setActing(null)}
      />
    </Stack>
  );

  function requestRow(request: FundRequest) {
    const onAction = (action: RequestAction) => setActing({ action, request });
    const action = (kind: RequestAction, icon: React.ReactNode, color?: string) => (
      <Tooltip label={t(`funds.actions.${kind}`)} key={kind}>
        <Button
          size="compact-xs"
          variant="light"
          color={color}
          leftSection={icon}
          aria-label={t(`funds.actions.${kind}For`, { activity: request.activity })}
          onClick={() => onAction(kind)}
        >
          {t(`funds.actions.${kind}`)}
        </Button>
      </Tooltip>
    );
    return (
      <Table.Tr key={request.id} data-testid={`fund-request-${request.id}`}>
        <Table.Td>
          <Text size="sm" fw={500}>
            {request.partnerName}
          </Text>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{request.activity}</Text>
          {request.decisionReason ? (
            <Text size="xs" c="dimmed">
              {t('funds.requests.reason', { reason: request.decisionReason })}
            </Text>
          ) : null}
          {request.attachments.length ? (
            <Text size="xs" c="dimmed">
              <IconPaperclip size={12} aria-hidden />{' '}
              {t('funds.requests.proofCount', { count: request.attachments.length })}
            </Text>
          ) : null}
        </Table.Td>
        <Table.Td>
          <Text size="sm">{calendarDate(request.plannedOn, i18n.language)}</Text>
        </Table.Td>
        <Table.Td ta="right">
          <Text size="sm">{money(request.amountMinor)}</Text>
          {request.approvedMinor !== null && request.approvedMinor !== request.amountMinor ? (
            <Text size="xs" c="dimmed">
              {t('funds.requests.approvedOf', {
                approved: money(request.approvedMinor),
                amount: money(request.amountMinor),
              })}
            </Text>
          ) : null}
          {request.reimbursedMinor !== null && request.reimbursedOn ? (
            <Text size="xs" c="dimmed">
              {t('funds.requests.paid', {
                amount: money(request.reimbursedMinor),
                date: calendarDate(request.reimbursedOn, i18n.language),
              })}
            </Text>
          ) : null}
        </Table.Td>
        <Table.Td>
          <Badge color={statusColors[request.status]} variant="light" tt="none">
            {t(`funds.status.${request.status}`)}
          </Badge>
        </Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            {request.status === 'submitted' ? (
              <>
                {action('approve', <IconCheck size={12} aria-hidden />, 'teal')}
                {action('reject', <IconX size={12} aria-hidden />, 'red')}
              </>
            ) : null}
            {request.status === 'approved' ? action('proof', <IconPaperclip size={12} aria-hidden />) : null}
            {request.status === 'proof-submitted'
              ? action('reimburse', <IconCash size={12} aria-hidden />, 'orange')
              : null}
          </Group>
        </Table.Td>
      </Table.Tr>
    );
  }
}

function BudgetBurn({ funds, money }: { funds: Funds; money: (minor: number) => string }) {
  const { t } = useTranslation();
  const budget = funds.budgetMinor;
  const share = (minor: number) => (budget > 0 ? Math.max(0, Math.min(100, (minor * 100) / budget)) : 0);
  const paid = funds.reimbursedMinor;
  const committed = Math.max(0, budget - funds.remainingMinor - paid);
  const allocatedRest = Math.max(0, funds.allocatedMinor - paid - committed);
  const figures = [
    { label: t('funds.burn.allocated'), amount: funds.allocatedMinor, color: 'blue.2' },
    { label: t('funds.burn.approved'), amount: funds.approvedMinor, color: 'teal.5' },
    { label: t('funds.burn.reimbursed'), amount: paid, color: 'teal.8' },
    { label: t('funds.burn.remaining'), amount: funds.remainingMinor, color: 'gray.4' },
  ];
  return (
    <Card withBorder radius="md" padding="md" data-testid="funds-burn">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('funds.burn.title')}
        </Title>
        <Text size="sm" fw={600}>
          {budget > 0
            ? t('funds.burn.of', { used: money(budget - funds.remainingMinor), budget: money(budget) })
            : null}
        </Text>
      </Group>
      {budget > 0 ? (
        <Progress.Root size={18} radius="sm" aria-label={t('funds.burn.title')}>
          <Progress.Section value={share(paid)} color="teal.8" />
          <Progress.Section value={share(committed)} color="teal.5" />
          <Progress.Section value={share(allocatedRest)} color="blue.2" />
        </Progress.Root>
      ) : (
        <Text size="sm" c="dimmed">
          {t('funds.burn.noBudget')}
        </Text>
      )}
      <Group gap="lg" mt="sm">
        {figures.map((figure) => (
          <Group key={figure.label} gap={6} wrap="nowrap">
            <span
              aria-hidden
              style={{
                width: 10,
                height: 10,
                borderRadius: 2,
                background: `var(--mantine-color-${figure.color.replace('.', '-')})`,
              }}
            />
            <Text size="sm">
              {t('funds.burn.legend', { label: figure.label, amount: money(figure.amount) })}
            </Text>
          </Group>
        ))}
      </Group>
    </Card>
  );
}
