// The claims of every program: filters, totals and counts per status, entry by hand, import, and
// the product catalog the claims are checked against.
import { Button } from '@mantine/core';
import { IconBox, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ListPageHeader } from '../../components/ListPageHeader/ListPageHeader';
import { ClaimFormModal } from './ClaimFormModal';
import { ClaimsList } from './ClaimsList';

export function ClaimsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const [params] = useSearchParams();
  return (
    <>
      <ClaimsList
        importId={params.get('import')}
        header={(total, exportMenu) => (
          <ListPageHeader
            title={t('claims.list.title')}
            count={total === null ? null : t('claims.list.count', { count: total })}
            countTestId="claims-count"
          >
            <Button
              variant="subtle"
              leftSection={<IconBox size={16} aria-hidden />}
              onClick={() => void navigate('/products')}
            >
              {t('claims.list.products')}
            </Button>
            {exportMenu}
            <Button
              variant="default"
              leftSection={<IconFileImport size={16} aria-hidden />}
              onClick={() => void navigate('/import/claims')}
            >
              {t('claims.list.import')}
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
              {t('claims.list.add')}
            </Button>
          </ListPageHeader>
        )}
        emptyActions={
          <>
            <Button variant="default" onClick={() => void navigate('/import/claims')}>
              {t('claims.list.import')}
            </Button>
            <Button onClick={() => setAdding(true)}>{t('claims.list.add')}</Button>
          </>
        }
      />
      <ClaimFormModal opened={adding} onClose={() => setAdding(false)} />
    </>
  );
}
