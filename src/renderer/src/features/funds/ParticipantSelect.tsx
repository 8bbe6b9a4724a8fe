// Picks one of the program's enrolled partners for a funds dialog, and tells the dialog the chosen
// partner's name too (for the saved notice).
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';

export interface ChosenPartner {
  id: string;
  name: string;
}

export interface ParticipantSelectProps {
  programId: string;
  /** Loads the participants only while the dialog is open. */
  enabled: boolean;
  value: ChosenPartner | null;
  onChange: (partner: ChosenPartner | null) => void;
  error: string | undefined;
  nothingFoundMessage?: string;
}

export function ParticipantSelect({
  programId,
  enabled,
  value,
  onChange,
  error,
  nothingFoundMessage,
}: ParticipantSelectProps) {
  const { t } = useTranslation();
  const participants = useCoreQuery('programs.participants', { programId, limit: 500 }, { enabled });
  const rows = participants.data?.rows ?? [];
  return (
    <Select
      label={t('funds.allocate.partner')}
      placeholder={t('funds.allocate.partnerPlaceholder')}
      searchable
      required
      data={rows.map((row) => ({ value: row.partnerId, label: row.partnerName }))}
      value={value?.id ?? null}
      onChange={(id) => {
        const row = rows.find((candidate) => candidate.partnerId === id);
        onChange(row ? { id: row.partnerId, name: row.partnerName } : null);
      }}
      error={error}
      nothingFoundMessage={nothingFoundMessage}
    />
  );
}
