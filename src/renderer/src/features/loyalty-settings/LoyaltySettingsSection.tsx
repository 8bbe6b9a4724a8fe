// Settings: a summary of the loyalty settings with a link to edit them.
import { Badge, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAdjustments } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loyaltyFactorKeys } from '../../../../shared/loyalty';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { calendarDate } from '../../i18n/date-format';
import { tierColor } from '../loyalty/tier-colors';
import { roundedShares, weightShares } from '../loyalty/weight-shares';

/** How many of the weightiest factors the summary names. */
const topFactorCount = 3;

export function LoyaltySettingsSection() {
  const { t, i18n } = useTranslation();
  const settings = useCoreQuery('loyaltySettings.get', {});
  const data = settings.data;
  const shares = data
    ? roundedShares(
        weightShares(Object.fromEntries(loyaltyFactorKeys.map((key) => [key, data.factors[key].weight]))),
      )
    : {};
  const top = data
    ? [...loyaltyFactorKeys]
        .filter((key) => data.factors[key].weight > 0)
        .sort((a, b) => data.factors[b].weight - data.factors[a].weight)
        .slice(0, topFactorCount)
    : [];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="loyalty-settings-title">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 360px' }}>
          <Title order={2} size="h4" id="loyalty-settings-title">
            {t('loyalty.settings.sectionTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('loyalty.settings.sectionDescription')}
          </Text>
        </Stack>
        <Button
          component={Link}
          to="/settings/loyalty"
          variant="light"
          leftSection={<IconAdjustments size={16} aria-hidden />}
        >
          {t('loyalty.settings.edit')}
        </Button>
      </Group>
      {settings.error ? (
        <QueryErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />
      ) : !data ? (
        <Skeleton height={60} mt="md" />
      ) : (
        <Stack gap="xs" mt="md" data-testid="loyalty-settings-summary">
          <Group gap="xs">
            <Text size="sm" fw={600} w={150}>
              {t('loyalty.settings.sectionTiers')}
            </Text>
            {data.tiers.map((tier) => (
              <Badge key={tier.key} variant="light" tt="none" color={tierColor(tier.key, data.tiers)}>
                {t('loyalty.settings.tierFrom', { name: tier.name, min: tier.minScore })}
              </Badge>
            ))}
          </Group>
          <Group gap="xs">
            <Text size="sm" fw={600} w={150}>
              {t('loyalty.settings.sectionTopFactors')}
            </Text>
            <Text size="sm">
              {top.map((key) => `${t(`loyalty.factor.${key}`)} ${shares[key] ?? 0}%`).join(' · ')}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {data.lastFullRecomputeOn
              ? t('loyalty.settings.sectionLastRecompute', {
                  date: calendarDate(data.lastFullRecomputeOn, i18n.language),
                })
              : t('loyalty.settings.sectionNeverRecomputed')}
          </Text>
        </Stack>
      )}
    </Card>
  );
}
