// The partner page's incentives card: each program the partner is or was in, with its points
// balance, money accrued, claims waiting and badges; Statement, Redeem and Adjust; and the ledger
// entries on demand. Not in any program yet: says so and leads to the programs.
import { Anchor, Badge, Button, Card, Divider, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAdjustments, IconChevronDown, IconChevronUp, IconFileText, IconGift } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerIncentives as PartnerIncentivesData } from '../../../../shared/ledger';
import { useCoreQuery } from '../../api/core-queries';
import { CaptionedFigure } from '../../components/CaptionedFigure';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { BadgeList } from '../gamification/BadgeList';
import { localToday } from '../visit-notes/local-day';
import { AdjustModal } from './AdjustModal';
import { formatLedgerMoney, formatPoints } from './ledger-format';
import { LedgerEntries } from './LedgerEntries';
import { RedeemModal } from './RedeemModal';

type ProgramRow = PartnerIncentivesData['programs'][number];

export function PartnerIncentives({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const today = localToday();
  const incentives = useCoreQuery('incentives.partner', { partnerId, today });
  const partner = useCoreQuery('partners.get', { id: partnerId });
  const partnerName = partner.data?.name ?? '';
  const [adjusting, setAdjusting] = useState<ProgramRow | null>(null);
  const [redeeming, setRedeeming] = useState<ProgramRow | null>(null);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-incentives-title">
      <Title order={2} size="h4" id="partner-incentives-title" mb="md">
        {t('ledger.card.title')}
      </Title>
      {incentives.error ? (
        <QueryErrorAlert
          error={incentives.error}
          title={t('ledger.card.loadFailed')}
          onRetry={() => void incentives.refetch()}
        />
      ) : !incentives.data ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={24} width="50%" />
          <Skeleton height={48} />
        </Stack>
      ) : incentives.data.programs.length === 0 ? (
        <Group gap="xs" data-testid="partner-incentives-empty">
          <Text size="sm" c="dimmed">
            {t('ledger.card.empty')}
          </Text>
          <Anchor component={Link} to="/programs" size="sm">
            {t('ledger.card.emptyLink')}
          </Anchor>
        </Group>
      ) : (
        <Stack gap="md">
          {incentives.data.programs.map((program, index) => (
            <Fragment key={program.programId}>
              {index > 0 ? <Divider /> : null}
              <ProgramIncentives
                partnerId={partnerId}
                program={program}
                onAdjust={() => setAdjusting(program)}
                onRedeem={() => setRedeeming(program)}
              />
            </Fragment>
          ))}
        </Stack>
      )}
      <AdjustModal
        program={adjusting}
        partnerId={partnerId}
        partnerName={partnerName}
        onClose={() => setAdjusting(null)}
      />
      <RedeemModal
        program={redeeming}
        partnerId={partnerId}
        partnerName={partnerName}
        onClose={() => setRedeeming(null)}
      />
    </Card>
  );
}

function ProgramIncentives({
  partnerId,
  program,
  onAdjust,
  onRedeem,
}: {
  partnerId: string;
  program: ProgramRow;
  onAdjust: () => void;
  onRedeem: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [open, setOpen] = useState(false);
  const current = program.leftOn === null;
  return (
    <Stack gap="sm" data-testid="partner-program" data-program={program.programId}>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Anchor component={Link} to={`/programs/${program.programId}`} fw={600}>
              {program.programName}
            </Anchor>
            <Badge variant="light" color={program.status === 'active' ? 'teal' : 'gray'} size="sm">
              {t(`ledger.status.${program.status}`, { defaultValue: program.status })}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {current
              ? t('ledger.card.enrolled', { date: calendarDate(program.enrolledOn, locale) })
              : t('ledger.card.left', { date: calendarDate(program.leftOn ?? '', locale) })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/programs/${program.programId}/statement/${partnerId}`}
            size="xs"
            variant="default"
            leftSection={<IconFileText size={16} aria-hidden />}
          >
            {t('ledger.card.statement')}
          </Button>
          <Button
            size="xs"
            variant="light"
            leftSection={<IconGift size={16} aria-hidden />}
            onClick={onRedeem}
            disabled={!current}
          >
            {t('ledger.card.redeem')}
          </Button>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconAdjustments size={16} aria-hidden />}
            onClick={onAdjust}
          >
            {t('ledger.card.adjust')}
          </Button>
        </Group>
      </Group>
      <Group gap="xl" align="flex-end">
        <CaptionedFigure caption={t('ledger.card.points')} size="xl" weight={700} testId="points-balance">
          {formatPoints(program.points, locale)}
        </CaptionedFigure>
        <CaptionedFigure caption={t('ledger.card.money')} size="lg">
          {formatLedgerMoney(program.moneyMinor, program.currency, locale)}
        </CaptionedFigure>
        {program.claimsSubmitted > 0 ? (
          <Badge variant="light" color="yellow">
            {t('ledger.card.claimsWaiting', { count: program.claimsSubmitted })}
          </Badge>
        ) : null}
      </Group>
      {program.badges.length > 0 ? <BadgeList badges={program.badges} /> : null}
      <Group>
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => setOpen((value) => !value)}
          aria-expanded={open}
          rightSection={
            open ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
          }
        >
          {open ? t('ledger.card.hideEntries') : t('ledger.card.showEntries')}
        </Button>
      </Group>
      {open ? (
        <LedgerEntries
          programId={program.programId}
          programName={program.programName}
          partnerId={partnerId}
          currency={program.currency}
        />
      ) : null}
    </Stack>
  );
}
