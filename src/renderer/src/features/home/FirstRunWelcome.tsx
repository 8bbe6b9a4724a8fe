// What a new user sees first: add a real partner, or look around with demo data.
import { Button, EmptyState, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDatabaseImport, IconPlus, IconSparkles } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCoreMutation } from '../../api/core-queries';
import { errorText } from '../../i18n/error-text';
import { PartnerFormModal } from '../partners/PartnerFormModal';

export function FirstRunWelcome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [adding, addModal] = useDisclosure(false);
  const demo = useCoreMutation('demo.load');

  async function loadDemo() {
    try {
      const loaded = await demo.mutateAsync({});
      notifications.show({ color: 'teal', message: t('home.firstRun.demoLoaded', loaded) });
      void navigate('/partners');
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('home.firstRun.demoFailed'),
        message: errorText(t, error),
      });
    }
  }

  return (
    <>
      <EmptyState
        mt={64}
        size="lg"
        variant="light"
        icon={<IconSparkles size={36} aria-hidden />}
        title={t('home.firstRun.title')}
        description={t('home.firstRun.description')}
        data-testid="first-run"
      >
        <EmptyState.Actions>
          <Group justify="center">
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={addModal.open} size="md">
              {t('home.firstRun.addPartner')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconDatabaseImport size={18} aria-hidden />}
              onClick={() => void loadDemo()}
              loading={demo.isPending}
              size="md"
            >
              {t('home.firstRun.loadDemo')}
            </Button>
          </Group>
        </EmptyState.Actions>
        <Text size="sm" c="dimmed" ta="center" mt="md">
          {t('home.firstRun.demoHint')}
        </Text>
      </EmptyState>
      <PartnerFormModal
        opened={adding}
        onClose={addModal.close}
        onSaved={(result) => void navigate(`/partners/${result.id}`)}
      />
    </>
  );
}
