// Loyalty settings: factor weights and definitions, tiers, churn-risk rules, recompute.
import { Anchor, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { ChurnRulesForm } from './ChurnRulesForm';
import { FactorsForm } from './FactorsForm';
import { RecomputeCard } from './RecomputeCard';
import { TiersForm } from './TiersForm';

export function LoyaltySettingsPage() {
  const { t } = useTranslation();
  const settings = useCoreQuery('loyaltySettings.get', {});
  const workspace = useCoreQuery('workspace.get', {});
  const failed = settings.error ?? workspace.error;
  return (
    <Stack gap="lg" maw={1040}>
      <Anchor component={Link} to="/settings" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('loyalty.settings.back')}
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('loyalty.settings.pageTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('loyalty.settings.pageIntro')}
        </Text>
      </Stack>
      {failed ? (
        <QueryErrorAlert
          error={failed}
          onRetry={() => {
            void settings.refetch();
            void workspace.refetch();
          }}
        />
      ) : null}
      <RecomputeCard settings={settings.data} />
      {workspace.data ? (
        <FactorsForm stored={settings.data?.factors} currency={workspace.data.currency} />
      ) : (
        <Skeleton height={320} />
      )}
      <TiersForm stored={settings.data?.tiers} />
      <ChurnRulesForm stored={settings.data?.churnRules} />
    </Stack>
  );
}
