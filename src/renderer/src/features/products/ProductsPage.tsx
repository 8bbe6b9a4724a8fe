// The product catalog: the SKUs claims are checked against, with their categories and the other
// codes (aliases) partners write on invoices. Search, category filter, add, edit, delete (undoable).
import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBox, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../shared/products';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { DebouncedSearchInput } from '../../components/DebouncedSearchInput';
import { ListPageHeader } from '../../components/ListPageHeader/ListPageHeader';
import { ListStates } from '../../components/ListStates/ListStates';
import { errorText } from '../../i18n/error-text';
import { useAnnounceWrite } from '../history/use-undo';
import { ProductModal } from './ProductModal';

export function ProductsPage() {
  const { t } = useTranslation();
  const announce = useAnnounceWrite();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [includeInactive, setIncludeInactive] = useState(true);
  const products = useCoreQuery(
    'products.list',
    { search, category, includeInactive, limit: 500 },
    { placeholderData: (previous) => previous },
  );
  const [editing, setEditing] = useState<Product | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Product | null>(null);
  const [busy, setBusy] = useState(false);
  const categories = products.data?.categories ?? [];

  async function confirmDelete(product: Product) {
    setBusy(true);
    try {
      const result = await call('products.delete', { id: product.id });
      announce(t('claims.products.deleted', { sku: product.sku }), result.batchId);
    } catch (error) {
      notifications.show({ color: 'red', message: errorText(t, error) });
    } finally {
      setBusy(false);
      setDeleting(null);
    }
  }

  return (
    <Stack gap="lg">
      <ListPageHeader
        title={t('claims.products.title')}
        count={products.data ? t('claims.products.count', { count: products.data.total }) : null}
        countTestId="products-count"
      >
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          {t('claims.products.add')}
        </Button>
      </ListPageHeader>
      <Group gap="sm" align="flex-end" role="group" aria-label={t('claims.products.title')}>
        <DebouncedSearchInput
          label={t('claims.products.search')}
          placeholder={t('claims.products.search')}
          value={search}
          onChange={setSearch}
          w={280}
        />
        <Select
          label={t('claims.products.category')}
          placeholder={t('claims.products.allCategories')}
          data={categories}
          value={category}
          onChange={setCategory}
          clearable
          w={220}
        />
        <Checkbox
          mb={8}
          label={t('claims.products.includeInactive')}
          checked={includeInactive}
          onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
        />
      </Group>
      <ListStates
        error={products.error}
        loaded={products.data !== undefined}
        onRetry={() => void products.refetch()}
        rowCount={products.data?.rows.length ?? 0}
        filtered={search !== '' || category !== null}
        icon={<IconBox size={28} aria-hidden />}
        labels={{
          list: t('claims.products.tableLabel'),
          loadFailed: t('claims.products.loadFailed'),
          noneMatching: t('claims.products.noneMatching'),
          noneMatchingBody: t('claims.products.noneMatchingBody'),
          empty: t('claims.products.empty'),
          emptyBody: t('claims.products.emptyBody'),
        }}
        emptyActions={<Button onClick={() => setEditing('new')}>{t('claims.products.add')}</Button>}
      >
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t('claims.products.tableLabel')} verticalSpacing="xs" highlightOnHover striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('claims.products.sku')}</Table.Th>
                <Table.Th>{t('claims.products.name')}</Table.Th>
                <Table.Th>{t('claims.products.category')}</Table.Th>
                <Table.Th>{t('claims.products.aliases')}</Table.Th>
                <Table.Th w={90}>
                  <VisuallyHidden>{t('claims.products.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(products.data?.rows ?? []).map((product) => (
                <Table.Tr key={product.id} data-testid="product-row">
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm" ff="monospace" fw={600}>
                        {product.sku}
                      </Text>
                      {product.active ? null : (
                        <Badge size="xs" color="gray" variant="light">
                          {t('claims.products.inactive')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{product.name}</Table.Td>
                  <Table.Td>{product.category}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {product.aliases.map((alias) => (
                        <Badge key={alias} variant="outline" color="gray" size="sm" tt="none" ff="monospace">
                          {alias}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Tooltip label={t('claims.products.edit', { sku: product.sku })}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={t('claims.products.edit', { sku: product.sku })}
                          onClick={() => setEditing(product)}
                        >
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('claims.products.delete', { sku: product.sku })}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('claims.products.delete', { sku: product.sku })}
                          onClick={() => setDeleting(product)}
                        >
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ListStates>
      <ProductModal product={editing} categories={categories} onClose={() => setEditing(null)} />
      <ConfirmDeleteModal
        opened={deleting !== null}
        title={t('claims.products.deleteTitle')}
        message={
          deleting ? t('claims.products.deleteMessage', { sku: deleting.sku, name: deleting.name }) : ''
        }
        loading={busy}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && void confirmDelete(deleting)}
      />
    </Stack>
  );
}
