// One partner to narrow the library to, found by typing its name (the chosen one keeps its name
// while other partners are searched).
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoreQuery } from '../../api/core-queries';

export function PartnerFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (partnerId: string | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const found = useCoreQuery('partners.list', { search: debounced, limit: 20 });
  const chosen = useCoreQuery('partners.get', { id: value ?? '' }, { enabled: value !== null });
  const options = (found.data?.rows ?? []).map((partner) => ({ value: partner.id, label: partner.name }));
  if (value && chosen.data && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: chosen.data.name });
  }
  return (
    <Select
      label={t('caseReports.library.partner')}
      placeholder={t('caseReports.library.anyPartner')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      clearable
      nothingFoundMessage={t('caseReports.library.noPartnerFound')}
      filter={({ options: all }) => all}
    />
  );
}
