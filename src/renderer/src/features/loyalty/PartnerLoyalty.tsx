// A partner's loyalty: score explained factor by factor, tier and its history, override, churn risk.
import {
  Anchor,
  Badge,
  Button,
  Card,
  Divider,
  Group,
  Paper,
  RingProgress,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCrown, IconShieldCheck, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerLoyalty as Loyalty, LoyaltySettings } from '../../../../shared/loyalty';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { localToday } from '../visit-notes/local-day';
import { FactorTable } from './FactorTable';
import { reasonSentence, type SentenceContext } from './loyalty-sentences';
import { OverrideTierModal } from './OverrideTierModal';
import { riskColor, tierColor } from './tier-colors';
import { TierHistory } from './TierHistory';
import { useLoyaltySettings, usePartnerLoyalty, useSentenceContext } from './use-partner-loyalty';

export function PartnerLoyalty({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const loyalty = usePartnerLoyalty(partnerId);
  const settings = useLoyaltySettings();
  const partner = useCoreQuery('partners.get', { id: partnerId });
  const context = useSentenceContext();
  const announce = useAnnounceWrite();
  const [overriding, setOverriding] = useState(false);
  const [ending, setEnding] = useState(false);
  const data = loyalty.data;
  const partnerName = partner.data?.name ?? '';

  async function endOverride() {
    setEnding(true);
    try {
      const result = await call('loyalty.endOverride', { partnerId, today: localToday() });
      announce(t('loyalty.partner.overrideEnded', { name: partnerName }), result.batchId);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('loyalty.partner.endFailed'),
        message: errorText(t, error),
      });
    } finally {
      setEnding(false);
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="partner-loyalty-title">
      <Group justify="space-between" mb="md" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id="partner-loyalty-title">
          {t('loyalty.partner.title')}
        </Title>
        {data && data.score !== null && settings.data ? (
          <Group gap="xs">
            {data.override ? (
              <Button size="xs" variant="default" loading={ending} onClick={() => void endOverride()}>
                {t('loyalty.partner.endOverride')}
              </Button>
            ) : null}
            <Button
              size="xs"
              variant="light"
              leftSection={<IconCrown size={16} aria-hidden />}
              disabled={!partner.data}
              onClick={() => setOverriding(true)}
            >
              {data.override ? t('loyalty.partner.changeOverride') : t('loyalty.partner.overrideButton')}
            </Button>
          </Group>
        ) : null}
      </Group>
      {loyalty.error ? (
        <QueryErrorAlert error={loyalty.error} onRetry={() => void loyalty.refetch()} />
      ) : !data ? (
        <Stack gap="md" aria-busy="true" data-testid="loyalty-skeleton">
          <Group gap="lg">
            <Skeleton circle height={120} />
            <Stack gap="xs" style={{ flex: 1 }}>
              <Skeleton height={22} width="40%" />
              <Skeleton height={14} width="60%" />
              <Skeleton height={14} width="50%" />
            </Stack>
          </Group>
          <Skeleton height={180} />
        </Stack>
      ) : data.score === null ? (
        <NeverScored />
      ) : (
        <Scored loyalty={data} score={data.score} settings={settings.data} context={context} />
      )}
      {data && settings.data && partner.data ? (
        <OverrideTierModal
          opened={overriding}
          onClose={() => setOverriding(false)}
          partnerName={partnerName}
          loyalty={data}
          tiers={settings.data.tiers}
        />
      ) : null}
    </Card>
  );
}

function NeverScored() {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="nowrap" align="flex-start" data-testid="loyalty-never-scored">
      <ThemeIcon variant="light" color="gray" size={44} radius="xl">
        <IconSparkles size={22} aria-hidden />
      </ThemeIcon>
      <Stack gap={4}>
        <Text fw={600}>{t('loyalty.partner.neverScoredTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('loyalty.partner.neverScoredBody')}
        </Text>
        <Anchor component={Link} to="/settings/loyalty" size="sm">
          {t('loyalty.partner.loyaltySettings')}
        </Anchor>
      </Stack>
    </Group>
  );
}

interface ScoredProps {
  loyalty: Loyalty;
  score: number;
  settings: LoyaltySettings | undefined;
  context: SentenceContext;
}

function Scored({ loyalty, score, settings, context }: ScoredProps) {
  const { t, i18n } = useTranslation();
  const tiers = settings?.tiers;
  const color = loyalty.tier ? tierColor(loyalty.tier.key, tiers) : 'gray';
  const date = (day: string) => calendarDate(day, i18n.language);
  return (
    <Stack gap="lg">
      <Group gap="lg" align="center" wrap="wrap">
        <RingProgress
          size={128}
          thickness={12}
          roundCaps
          sections={[{ value: score, color }]}
          aria-label={`${t('loyalty.partner.scoreLabel')}: ${score} ${t('loyalty.partner.outOf')}`}
          label={
            <Stack gap={0} align="center">
              <Text fz={34} fw={700} lh={1} data-testid="loyalty-score">
                {score}
              </Text>
              <Text size="xs" c="dimmed">
                {t('loyalty.partner.outOf')}
              </Text>
            </Stack>
          }
        />
        <Stack gap={6} style={{ flex: 1, minWidth: 220 }}>
          {loyalty.tier ? (
            <Group gap="xs" align="baseline">
              <Badge size="xl" variant="light" color={color} tt="none" data-testid="loyalty-tier">
                {loyalty.tier.name}
              </Badge>
              {loyalty.tierSince ? (
                <Text size="sm" c="dimmed">
                  {t('loyalty.partner.since', { date: date(loyalty.tierSince) })}
                </Text>
              ) : null}
            </Group>
          ) : null}
          <Text size="sm" data-testid="loyalty-next-tier">
            {loyalty.nextTier
              ? t('loyalty.partner.nextTier', {
                  count: loyalty.nextTier.pointsNeeded,
                  name: loyalty.nextTier.name,
                  min: loyalty.nextTier.minScore,
                })
              : t('loyalty.partner.topTier')}
          </Text>
          {loyalty.computedOn ? (
            <Text size="xs" c="dimmed">
              {t('loyalty.partner.computedOn', { date: date(loyalty.computedOn) })}
            </Text>
          ) : null}
        </Stack>
      </Group>
      {loyalty.override ? (
        <Paper
          withBorder
          p="sm"
          radius="md"
          data-testid="loyalty-override"
          bg="var(--mantine-color-violet-light)"
        >
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('loyalty.partner.overridden', { date: date(loyalty.override.expiresOn) })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {t('loyalty.partner.overrideReason', { reason: loyalty.override.reason })}
            </Text>
            <Text size="xs" c="dimmed">
              {[
                loyalty.computedTier
                  ? t('loyalty.partner.computedTier', { name: loyalty.computedTier.name })
                  : null,
                loyalty.override.setBy
                  ? t('loyalty.partner.overriddenBy', {
                      name: loyalty.override.setBy,
                      date: calendarDate(loyalty.override.setAt.slice(0, 10), i18n.language),
                    })
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
        </Paper>
      ) : null}
      <ChurnRisk loyalty={loyalty} context={context} />
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('loyalty.partner.explanationTitle')}
        </Title>
        <FactorTable factors={loyalty.factors} score={score} settings={settings?.factors} context={context} />
        <Text size="xs" c="dimmed">
          {t('loyalty.partner.weightsNote')}
        </Text>
      </Stack>
      <Divider />
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('loyalty.partner.historyTitle')}
        </Title>
        <TierHistory history={loyalty.history} tiers={tiers} />
      </Stack>
    </Stack>
  );
}

function ChurnRisk({ loyalty, context }: { loyalty: Loyalty; context: SentenceContext }) {
  const { t, i18n } = useTranslation();
  const { level, reasons, since, caseId } = loyalty.risk;
  if (level === 'none') {
    return (
      <Group gap="xs" data-testid="loyalty-no-risk">
        <IconShieldCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
        <Text size="sm" c="dimmed">
          {t('loyalty.partner.risk')}: {t('loyalty.partner.noRisk')}
        </Text>
      </Group>
    );
  }
  const color = riskColor(level);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="loyalty-risk"
      style={{ borderColor: `var(--mantine-color-${color}-4)` }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <IconAlertTriangle size={18} color={`var(--mantine-color-${color}-6)`} aria-hidden />
            <Text size="sm" fw={600}>
              {t('loyalty.partner.risk')}
            </Text>
            <Badge color={color} variant="light" tt="none" data-testid="loyalty-risk-level">
              {t(`loyalty.riskLevel.${level}`)}
            </Badge>
            {since ? (
              <Text size="xs" c="dimmed">
                {t('loyalty.partner.riskSince', { date: calendarDate(since, i18n.language) })}
              </Text>
            ) : null}
          </Group>
          {caseId ? (
            <Anchor component={Link} to={`/retention/${caseId}`} size="sm">
              {t('loyalty.partner.openCase')}
            </Anchor>
          ) : null}
        </Group>
        <Stack gap={4} component="ul" style={{ margin: 0, paddingLeft: 20 }}>
          {reasons.map((reason) => (
            <Text key={reason.rule} component="li" size="sm" data-testid="risk-reason">
              {reasonSentence(reason, context)}
              <Text span size="xs" c="dimmed">
                {' '}
                · {t(`loyalty.riskLevel.${reason.level}`)}
              </Text>
            </Text>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
