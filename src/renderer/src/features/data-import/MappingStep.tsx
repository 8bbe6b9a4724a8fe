// Step 2: which column of the file fills each field; the core's suggestion preselected, its
// mapping errors shown at the field they concern.
import { Select, SimpleGrid, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../shared/data-import';
import { fieldMessageText } from '../../i18n/error-text';

export interface MappingStepProps {
  preview: ImportPreview;
  onChange: (field: string, column: string | null) => void;
}

export function MappingStep({ preview, onChange }: MappingStepProps) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('dataImport.mapping.intro')}
        {preview.encoding && preview.encoding !== 'utf-8'
          ? ` ${t('dataImport.mapping.encoding', { encoding: preview.encoding.toUpperCase() })}`
          : null}
      </Text>
      {preview.mappingRemembered ? (
        <Text size="sm" c="teal.8" data-testid="mapping-remembered">
          <IconHistory size={14} aria-hidden style={{ verticalAlign: 'middle', marginRight: 6 }} />
          {t('dataImport.mapping.remembered')}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        {preview.fields.map((field) => {
          const error = preview.mappingErrors[field.key];
          return (
            <Select
              key={field.key}
              label={t(`dataImport.field.${field.key}`)}
              description={t(`dataImport.fieldHint.${field.key}`, { currency: preview.currency })}
              withAsterisk={field.required}
              placeholder={t('dataImport.mapping.notInFile')}
              data={preview.columns}
              value={preview.mapping[field.key] ?? null}
              onChange={(column) => onChange(field.key, column)}
              clearable
              allowDeselect
              searchable={preview.columns.length > 8}
              error={error ? fieldMessageText(t, error) : undefined}
              data-testid={`mapping-${field.key}`}
            />
          );
        })}
      </SimpleGrid>
    </>
  );
}
