// "Care status" in the partner and contact forms: none, in mourning or hardship, until a day, with
// a private note. While set, festive greetings are held back and hardship care is suggested.
import { Fieldset, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareStatus } from '../../../../shared/care';
import type { CareStatusValues } from './care-status-values';

export type CareStatusChange =
  | { field: 'careStatus'; value: CareStatus | null }
  | { field: 'careStatusUntil' | 'careStatusNote'; value: string };

export interface CareStatusFieldsProps {
  values: CareStatusValues;
  onChange: (change: CareStatusChange) => void;
  errors: Partial<Record<keyof CareStatusValues, string | undefined>>;
}

export function CareStatusFields({ values, onChange, errors }: CareStatusFieldsProps) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Fieldset legend={t('careStatus.legend')} variant="filled">
      <Stack gap="sm">
        <Stack gap={4}>
          <Text id={labelId} size="sm" fw={500}>
            {t('careStatus.status')}
          </Text>
          <SegmentedControl
            aria-labelledby={labelId}
            value={values.careStatus ?? 'none'}
            onChange={(value) =>
              onChange({ field: 'careStatus', value: value === 'none' ? null : (value as CareStatus) })
            }
            data={[
              { value: 'none', label: t('careStatus.none') },
              { value: 'mourning', label: t('careStatus.mourning') },
              { value: 'hardship', label: t('careStatus.hardship') },
            ]}
            w="fit-content"
          />
          <Text size="xs" c="dimmed">
            {t('careStatus.statusHint')}
          </Text>
        </Stack>
        {values.careStatus ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
            <TextInput
              type="date"
              label={t('careStatus.until')}
              description={t('careStatus.untilHint')}
              value={values.careStatusUntil}
              onChange={(event) => onChange({ field: 'careStatusUntil', value: event.currentTarget.value })}
              error={errors.careStatusUntil}
            />
            <Textarea
              label={t('careStatus.note')}
              placeholder={t('careStatus.notePlaceholder')}
              value={values.careStatusNote}
              onChange={(event) => onChange({ field: 'careStatusNote', value: event.currentTarget.value })}
              error={errors.careStatusNote}
              autosize
              minRows={1}
              maxRows={4}
            />
          </SimpleGrid>
        ) : null}
        {errors.careStatus ? (
          <Text size="sm" c="red" role="alert">
            {errors.careStatus}
          </Text>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
