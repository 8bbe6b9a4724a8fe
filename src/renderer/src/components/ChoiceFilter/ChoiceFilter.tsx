// A list filter over a fixed set of values (kinds, severities, outcomes): pick any number, none
// means "any". The values keep their type, so the caller's filter state needs no casts.
import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ChoiceFilterProps<V extends string> {
  label: string;
  values: readonly V[];
  /** The words for a value, e.g. t(`disputes.kind.${value}`). */
  labelOf: (value: V) => string;
  selected: readonly V[];
  onChange: (selected: V[]) => void;
  /** For long lists. */
  searchable?: boolean;
}

export function ChoiceFilter<V extends string>({
  label,
  values,
  labelOf,
  selected,
  onChange,
  searchable = false,
}: ChoiceFilterProps<V>) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      label={label}
      placeholder={selected.length ? undefined : t('filters.any')}
      data={values.map((value) => ({ value, label: labelOf(value) }))}
      value={[...selected]}
      onChange={(chosen) => onChange(values.filter((value) => chosen.includes(value)))}
      clearable
      searchable={searchable}
    />
  );
}
