// Settings → Reminders: how many days ahead each kind of item is reminded of (0 to 60), checked
// here and by the core, with the message at the field.
import { useTranslation } from 'react-i18next';
import { reminderKinds } from '../../../../shared/greetings';
import { useCoreMutation, useCoreQuery } from '../../api/core-queries';
import { DayCountsSection } from '../../components/DayCountsSection/DayCountsSection';
import { useAnnounceWrite } from '../history/use-undo';

export function RemindersSection() {
  const { t } = useTranslation();
  const settings = useCoreQuery('careSettings.get', {});
  const save = useCoreMutation('careSettings.saveReminderLeadDays');
  const announce = useAnnounceWrite();
  return (
    <DayCountsSection
      id="settings-reminders"
      title={t('greetings.reminders.title')}
      description={t('greetings.reminders.description')}
      keys={reminderKinds}
      labelOf={(kind) => t(`greetings.reminders.kinds.${kind}`)}
      unit={t('greetings.reminders.days')}
      min={0}
      max={60}
      invalidKey="validation.leadDays"
      saveLabel={t('greetings.reminders.save')}
      stored={settings.data?.reminderLeadDays}
      loadError={settings.error}
      onRetry={() => void settings.refetch()}
      save={async (leadDays) => {
        const result = await save.mutateAsync({ leadDays });
        announce(t('greetings.reminders.saved'), result.batchId);
      }}
      saving={save.isPending}
      columns={3}
    />
  );
}
