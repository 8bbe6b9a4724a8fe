// Settings: the SLA per severity in business days (Monday to Friday, the lead partner's public
// holidays skipped), checked here and by the core with the message at the field. Undoable.
import { useTranslation } from 'react-i18next';
import { disputeSeverities } from '../../../../shared/disputes';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { DayCountsSection } from '../../components/DayCountsSection/DayCountsSection';
import { useAnnounceWrite } from '../history/use-undo';

/** Most urgent first, as people think about SLAs. */
const severitiesShown = [...disputeSeverities].reverse();

export function DisputeSettingsSection() {
  const { t } = useTranslation();
  const settings = useCoreQuery('disputeSettings.get', {});
  const save = useCoreMutation('disputeSettings.saveSla');
  const announce = useAnnounceWrite();
  return (
    <DayCountsSection
      id="settings-dispute-sla"
      title={t('disputes.settings.title')}
      description={t('disputes.settings.description')}
      keys={severitiesShown}
      labelOf={(severity) => t(`disputes.severity.${severity}`)}
      unit={t('disputes.settings.days')}
      min={1}
      max={90}
      invalidKey="validation.slaDays"
      saveLabel={t('disputes.settings.save')}
      stored={settings.data?.slaBusinessDays}
      loadError={settings.error}
      onRetry={() => void settings.refetch()}
      save={async (values) => {
        const result = await save.mutateAsync(values);
        announce(t('disputes.settings.saved'), result.batchId);
      }}
      saving={save.isPending}
      columns={4}
    />
  );
}
