// A program's claims tab: the claims list fixed to the program, with entry and import.
import { Button, Group, Title } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ClaimFormModal } from './ClaimFormModal';
import { ClaimsList } from './ClaimsList';

export function ProgramClaims({ programId }: { programId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const importClaims = () => void navigate(`/import/claims?program=${programId}`);
  return (
    <>
      <ClaimsList
        programId={programId}
        header={(total, exportMenu) => (
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('claims.program.title')}
              {total === null ? '' : ` (${total})`}
            </Title>
            <Group gap="xs">
              {exportMenu}
              <Button
                variant="default"
                leftSection={<IconFileImport size={16} aria-hidden />}
                onClick={importClaims}
              >
                {t('claims.list.import')}
              </Button>
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
                {t('claims.list.add')}
              </Button>
            </Group>
          </Group>
        )}
        emptyActions={
          <>
            <Button variant="default" onClick={importClaims}>
              {t('claims.list.import')}
            </Button>
            <Button onClick={() => setAdding(true)}>{t('claims.list.add')}</Button>
          </>
        }
      />
      <ClaimFormModal opened={adding} programId={programId} onClose={() => setAdding(false)} />
    </>
  );
}
