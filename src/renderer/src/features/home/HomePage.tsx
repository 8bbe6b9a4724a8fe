// The home screen: a first-run welcome while there are no partners, a summary afterwards.
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { FirstRunWelcome } from './FirstRunWelcome';
import { WorkspaceSummary } from './WorkspaceSummary';
import { Skeleton, Stack } from '@mantine/core';
import { HomeAgenda } from '../agenda/HomeAgenda';
import { HomeDisputeAlerts } from '../disputes/HomeDisputeAlerts';
import { HomeRetentionAlerts } from '../retention/HomeRetentionAlerts';
import { HomeDashboard } from '../dashboard/HomeDashboard';

export function HomePage() {
  const { t } = useTranslation();
  const status = useCoreQuery('app.status', {});
  if (status.error) {
    return (
      <QueryErrorAlert
        error={status.error}
        onRetry={() => void status.refetch()}
        title={t('home.loadFailed')}
      />
    );
  }
  if (!status.data) return <Skeleton height={240} />;
  if (status.data.partnerCount === 0) return <FirstRunWelcome />;
  return (
    <Stack gap="xl">
      <HomeDashboard />
      <HomeDisputeAlerts />
      <HomeRetentionAlerts />
      <HomeAgenda />
      <WorkspaceSummary status={status.data} />
    </Stack>
  );
}
