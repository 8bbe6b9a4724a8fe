// Partners and contacts: how each row finds the stored record it updates, chosen before the preview
// (which then says per row: new, update or unchanged).
import { Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DataImportKind, ImportMatchMode } from '../../../../shared/data-import';

export interface MatchModeStepProps {
  kind: DataImportKind;
  value: ImportMatchMode;
  onChange: (mode: ImportMatchMode) => void;
}

const modes: Record<'partners' | 'contacts', readonly ImportMatchMode[]> = {
  partners: ['nameCity', 'externalId', 'new'],
  contacts: ['nameCity', 'new'],
};

export function MatchModeStep({ kind, value, onChange }: MatchModeStepProps) {
  const { t } = useTranslation();
  const records = kind === 'contacts' ? 'contacts' : 'partners';
  return (
    <Radio.Group
      label={t(`dataImport.match.label.${records}`)}
      description={t('dataImport.match.description')}
      value={value}
      onChange={(next) => onChange(next as ImportMatchMode)}
    >
      <Stack gap="sm" mt="xs">
        {modes[records].map((mode) => (
          <Radio
            key={mode}
            value={mode}
            label={t(`dataImport.match.${records}.${mode}`)}
            description={
              <Text span size="xs" c="dimmed">
                {t(`dataImport.match.${records}.${mode}Hint`)}
              </Text>
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
