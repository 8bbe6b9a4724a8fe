// One claim: status, partner and program, the invoice and its lines, attachments, a warning when
// another partner claimed the same invoice, the decision (approve, reject, reverse) and the awards
// it posted, each with its explanation. Printable for the partner.
import './claim-print.css';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowLeft, IconPencil, IconPrinter, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoreError } from '../../../../shared/errors';
import { RecordNotFound } from '../../components/RecordNotFound/RecordNotFound';
import { calendarDate } from '../../i18n/date-format';
import { Link, useNavigate, useParams } from 'react-router';
import type { Claim, LedgerEntry } from '../../../../shared/claims';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { CaptionedFigure } from '../../components/CaptionedFigure';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { AwardExplanation } from '../incentives/AwardExplanation';
import { formatMinor } from '../sales/sales-money';
import { AttachmentThumbnail } from '../visit-notes/AttachmentChip';
import { ClaimDecision } from './ClaimDecision';
import { ClaimFormModal } from './ClaimFormModal';
import { ClaimStatusBadge } from './claim-status';

export function ClaimPage() {
  const { t } = useTranslation();
  const { claimId = '' } = useParams();
  const claim = useCoreQuery('claims.get', { id: claimId });
  if (claim.error instanceof CoreError && claim.error.code === 'NOT_FOUND') {
    return (
      <RecordNotFound
        title={t('claims.page.notFoundTitle')}
        message={t('claims.page.notFoundMessage')}
        backTo="/claims"
        backLabel={t('claims.page.back')}
        testId="claim-not-found"
      />
    );
  }
  if (claim.error) {
    return (
      <Stack gap="md">
        <BackLink />
        <QueryErrorAlert
          error={claim.error}
          onRetry={() => void claim.refetch()}
          title={t('claims.page.loadFailed')}
        />
      </Stack>
    );
  }
  if (!claim.data) {
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={40} width="50%" />
        <Skeleton height={120} />
        <Skeleton height={200} />
      </Stack>
    );
  }
  return <ClaimView claim={claim.data} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/claims" size="sm" className="no-print">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('claims.page.back')}
      </Group>
    </Anchor>
  );
}

function ClaimView({ claim }: { claim: Claim }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounceWrite();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const money = (minor: number) => formatMinor(minor, claim.currency, i18n.language);
  const day = (value: string) => calendarDate(value, i18n.language);
  const submitted = claim.status === 'submitted';

  async function remove() {
    try {
      const result = await call('claims.delete', { id: claim.id });
      announce(t('claims.page.deleted', { invoice: claim.invoiceNumber }), result.batchId);
      void navigate('/claims');
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(t, error) });
      setDeleting(false);
    }
  }

  return (
    <Stack gap="lg" className="claim-print">
      <BackLink />
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {claim.invoiceNumber}
            </Title>
            <ClaimStatusBadge status={claim.status} size="lg" />
          </Group>
          <Text size="sm">
            <Anchor component={Link} to={`/partners/${claim.partnerId}`}>
              {claim.partnerName}
            </Anchor>
            {' · '}
            <Anchor component={Link} to={`/programs/${claim.programId}`}>
              {claim.programName}
            </Anchor>
          </Text>
        </Stack>
        <Group gap="xs" className="no-print">
          <ClaimDecision claim={claim} />
          {submitted ? (
            <>
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                {t('claims.page.edit')}
              </Button>
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setDeleting(true)}
              >
                {t('claims.page.delete')}
              </Button>
            </>
          ) : null}
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => window.print()}
          >
            {t('claims.page.print')}
          </Button>
        </Group>
      </Group>

      {claim.duplicates.length > 0 ? (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={t('claims.page.duplicatesTitle')}
        >
          <Text size="sm">{t('claims.page.duplicatesBody')}</Text>
          <Stack gap={2} mt={4}>
            {claim.duplicates.map((duplicate) => (
              <Anchor key={duplicate.claimId} component={Link} to={`/claims/${duplicate.claimId}`} size="sm">
                {t('claims.page.duplicateRow', {
                  partner: duplicate.partnerName,
                  date: day(duplicate.invoiceDate),
                })}
              </Anchor>
            ))}
          </Stack>
        </Alert>
      ) : null}

      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
        <CaptionedFigure caption={t('claims.fields.invoiceDate')}>{day(claim.invoiceDate)}</CaptionedFigure>
        <CaptionedFigure caption={t('claims.fields.total')}>{money(claim.totalMinor)}</CaptionedFigure>
        <CaptionedFigure caption={t('claims.fields.units')}>{String(claim.units)}</CaptionedFigure>
        <CaptionedFigure caption={t('claims.fields.created')}>
          {day(claim.createdAt.slice(0, 10))}
        </CaptionedFigure>
      </SimpleGrid>

      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('claims.page.lines')}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('claims.page.lines')} striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('claims.fields.sku')}</Table.Th>
                <Table.Th>{t('claims.fields.product')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('claims.fields.quantity')}</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>{t('claims.fields.amount')}</Table.Th>
                <Table.Th>{t('claims.fields.serialNumbers')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody style={{ fontVariantNumeric: 'tabular-nums' }}>
              {claim.lines.map((line, index) => (
                <Table.Tr key={index}>
                  <Table.Td ff="monospace">{line.sku}</Table.Td>
                  <Table.Td>
                    {line.productName}
                    {line.category ? (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        · {line.category}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">{line.quantity}</Table.Td>
                  <Table.Td ta="right">{money(line.amountMinor)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {line.serialNumbers.join(', ')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('claims.page.attachments')}
          </Title>
          {claim.attachments.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('claims.page.noAttachments')}
            </Text>
          ) : (
            <Group gap="sm">
              {claim.attachments.map((attachment) => (
                <AttachmentThumbnail key={attachment.hash} attachment={attachment} invalid={false} />
              ))}
            </Group>
          )}
          {claim.note ? (
            <>
              <Title order={3} size="h5" mt="sm">
                {t('claims.page.note')}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {claim.note}
              </Text>
            </>
          ) : null}
          {claim.importId ? (
            <Text size="xs" c="dimmed">
              {t('claims.page.imported')}
            </Text>
          ) : null}
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('claims.page.decision')}
          </Title>
          {claim.decidedOn ? (
            <Text size="sm">
              {claim.decidedByName
                ? t('claims.page.decidedBy', {
                    status: t(`claims.status.${claim.status}`),
                    date: day(claim.decidedOn),
                    name: claim.decidedByName,
                  })
                : t('claims.page.decidedOn', {
                    status: t(`claims.status.${claim.status}`),
                    date: day(claim.decidedOn),
                  })}
            </Text>
          ) : (
            <ClaimStatusBadge status={claim.status} />
          )}
          {claim.decisionReason ? (
            <Text size="sm">{t('claims.page.reason', { reason: claim.decisionReason })}</Text>
          ) : null}
        </Stack>
      </SimpleGrid>

      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('claims.page.awards')}
        </Title>
        {claim.awards.length === 0 ? (
          <Text size="sm" c="dimmed">
            {claim.status === 'submitted' ? t('claims.page.noAwards') : t('claims.page.noAwardsDecided')}
          </Text>
        ) : (
          claim.awards.map((entry) => <AwardEntry key={entry.id} entry={entry} currency={claim.currency} />)
        )}
      </Stack>

      <ClaimFormModal opened={editing} claim={claim} onClose={() => setEditing(false)} />
      <ConfirmDeleteModal
        opened={deleting}
        title={t('claims.page.deleteTitle')}
        message={t('claims.page.deleteMessage', { invoice: claim.invoiceNumber, partner: claim.partnerName })}
        onCancel={() => setDeleting(false)}
        onConfirm={() => void remove()}
      />
    </Stack>
  );
}

function AwardEntry({ entry, currency }: { entry: LedgerEntry; currency: string }) {
  const { t, i18n } = useTranslation();
  const amount =
    entry.unit === 'points'
      ? t('claims.page.points', { count: entry.amount })
      : formatMinor(entry.amount, currency, i18n.language);
  return (
    <Paper withBorder p="sm" radius="md" data-testid="claim-award">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={700} c={entry.amount < 0 ? 'red' : undefined}>
            {t('claims.page.award', { amount, kind: t(`claims.page.entryKind.${entry.kind}`) })}
          </Text>
          <Text size="sm" c="dimmed">
            {calendarDate(entry.postedOn, i18n.language)}
          </Text>
        </Group>
        {entry.explanation ? <AwardExplanation explanation={entry.explanation} currency={currency} /> : null}
        {entry.reason ? <Text size="sm">{entry.reason}</Text> : null}
      </Stack>
    </Paper>
  );
}
