// A searchable choice of one partner: typing searches the partner list (full-text, 20 at a time),
// so it works with 100,000 partners; the chosen partner's name is read by id.
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';

export interface PartnerSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: string | null;
  onChange: (partnerId: string | null, name: string | null) => void;
}

export function PartnerSelect({ value, onChange, ...props }: PartnerSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const chosen = useCoreQuery('partners.get', { id: value ?? '' }, { enabled: value !== null });
  const chosenName = value !== null ? chosen.data?.name : undefined;
  // While the box shows the chosen name, list partners as if nothing were typed.
  const query = debounced === chosenName ? '' : debounced;
  const found = useCoreQuery('partners.list', { search: query, limit: 20 });
  const data = useMemo(() => {
    const options = (found.data?.rows ?? []).map((p) => ({ value: p.id, label: p.name }));
    if (value !== null && chosenName !== undefined && !options.some((o) => o.value === value))
      options.unshift({ value, label: chosenName });
    return options;
  }, [found.data, value, chosenName]);
  return (
    <Select
      {...props}
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={
        found.isFetching ? t('calendar.partnerSelect.searching') : t('calendar.partnerSelect.none')
      }
      onChange={(id, option) => onChange(id, id ? option.label : null)}
    />
  );
}
