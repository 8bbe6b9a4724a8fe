// Every contact across all partners, searchable, paged through a virtualized table; a row opens
// the contact's partner.
import { Box, Button, Group, Stack, Text, Title, EmptyState } from '@mantine/core';
import { IconAddressBook, IconUpload } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { Contact } from '../../../../shared/contacts';
import { DebouncedSearchInput } from '../../components/DebouncedSearchInput';
import { PagedTable } from '../../components/PagedTable';
import { ExportMenu } from '../data-export/ExportMenu';
import { contactColumns } from './contact-columns';

export function ContactsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get('q') ?? '';
  const [total, setTotal] = useState<number | undefined>(undefined);
  const filter = useMemo(() => ({ search }), [search]);
  const openPartner = useCallback((row: Contact) => void navigate(`/partners/${row.partnerId}`), [navigate]);
  const columns = useMemo(() => contactColumns(t, i18n.language), [t, i18n.language]);

  return (
    <Stack h="100%" gap="md">
      <Group justify="space-between" align="center">
        <Group align="baseline" gap="sm">
          <Title order={1} size="h2">
            {t('contacts.listTitle')}
          </Title>
          <Text c="dimmed" size="sm" data-testid="contact-count" aria-live="polite">
            {total === undefined ? '' : t('contacts.count', { count: total })}
          </Text>
        </Group>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconUpload size={16} aria-hidden />}
            onClick={() => void navigate('/import/contacts')}
          >
            {t('dataImport.openContacts')}
          </Button>
          <ExportMenu request={{ view: 'contacts', filters: filter }} disabled={total === 0} />
        </Group>
      </Group>
      <Box>
        <DebouncedSearchInput
          w={360}
          label={t('contacts.search.label')}
          placeholder={t('contacts.search.placeholder')}
          value={search}
          onChange={(q) => setSearchParams(q.trim() ? { q } : {}, { replace: true })}
        />
      </Box>
      <Box flex={1} mih={240}>
        <PagedTable
          procedure="contacts.list"
          filter={filter}
          onTotalChange={setTotal}
          errorTitle={t('contacts.loadFailed')}
          label={t('contacts.tableLabel')}
          columns={columns}
          rowKey={(row) => row.id}
          onRowClick={openPartner}
          resetScrollKey={search}
          empty={
            <EmptyState
              icon={<IconAddressBook size={28} aria-hidden />}
              withIndicatorBackground
              title={search ? t('contacts.empty.title') : t('contacts.none.title')}
              description={search ? t('contacts.empty.description') : t('contacts.none.description')}
            />
          }
        />
      </Box>
    </Stack>
  );
}
