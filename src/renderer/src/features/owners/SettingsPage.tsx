// Settings: my profile, teammates, care settings (festivals, reminders, greeting templates),
// appearance and where the data lives.
import { Skeleton, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { AppearanceSection } from './AppearanceSection';
import { DataFileSection } from './DataFileSection';
import { ProfileSection } from './ProfileSection';
import { TeammatesSection } from './TeammatesSection';
import { FestivalsSection } from '../care-settings/FestivalsSection';
import { GreetingTemplatesSection } from '../care-settings/GreetingTemplatesSection';
import { RemindersSection } from '../care-settings/RemindersSection';
import { DisputeSettingsSection } from '../disputes/DisputeSettingsSection';
import { LoyaltySettingsSection } from '../loyalty-settings/LoyaltySettingsSection';
import { ProductCatalogSection } from '../products/ProductCatalogSection';
import { WorkspaceCurrencySection } from '../sales/WorkspaceCurrencySection';
import { TeamSyncSection } from '../sync/TeamSyncSection';
import { BackupsSection } from '../backups/BackupsSection';
import { LanguageSection } from '../languages/LanguageSection';
import { UpdatesSection } from '../updates/UpdatesSection';

export function SettingsPage() {
  const { t } = useTranslation();
  const status = useCoreQuery('app.status', {});
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      {status.error ? (
        <QueryErrorAlert error={status.error} onRetry={() => void status.refetch()} />
      ) : status.data ? (
        <ProfileSection profile={status.data.profile} />
      ) : (
        <Skeleton height={160} />
      )}
      <TeammatesSection />
      <TeamSyncSection />
      <FestivalsSection />
      <RemindersSection />
      <GreetingTemplatesSection />
      <DisputeSettingsSection />
      <WorkspaceCurrencySection />
      <LoyaltySettingsSection />
      <ProductCatalogSection />
      <LanguageSection />
      <AppearanceSection />
      <BackupsSection />
      <UpdatesSection />
      {status.data ? <DataFileSection dataFile={status.data.dataFile} /> : null}
    </Stack>
  );
}
