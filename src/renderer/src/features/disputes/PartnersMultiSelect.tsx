// A searchable choice of several partners, in the order chosen: typing searches the partner list
// (full-text, 20 at a time, so it works with 100,000 partners). The first chosen is the lead and
// is labelled so.
import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';

export interface PartnersMultiSelectProps extends Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> {
  value: string[];
  /** Names of the chosen partners (read by id by the caller). */
  chosenNames: Record<string, string>;
  onChange: (partnerIds: string[]) => void;
}

export function PartnersMultiSelect({ value, chosenNames, onChange, ...props }: PartnersMultiSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const found = useCoreQuery('partners.list', { search: debounced, limit: 20 });
  const data = useMemo(() => {
    const label = (id: string, name: string) =>
      value[0] === id ? `${name} ${t('disputes.form.leadSuffix')}` : name;
    const chosen = value.map((id) => ({ value: id, label: label(id, chosenNames[id] ?? '…') }));
    const others = (found.data?.rows ?? [])
      .filter((p) => !value.includes(p.id))
      .map((p) => ({ value: p.id, label: p.name }));
    return [...chosen, ...others];
  }, [found.data, value, chosenNames, t]);
  return (
    <MultiSelect
      {...props}
      searchable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      placeholder={value.length ? undefined : t('disputes.form.searchPartners')}
      nothingFoundMessage={found.isFetching ? t('disputes.form.searching') : t('disputes.form.noPartners')}
      onChange={(ids) => {
        setSearch('');
        onChange(ids);
      }}
    />
  );
}
