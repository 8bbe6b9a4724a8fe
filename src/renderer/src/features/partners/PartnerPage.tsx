// One partner: its profile, its people and everything that happened to it, with edit and delete.
import { PartnerDisputes } from '../disputes/PartnerDisputes';
import { PartnerRetention } from '../retention/PartnerRetention';
import { PartnerRiskBadge } from '../retention/PartnerRiskBadge';
import { PartnerLoyalty } from '../loyalty/PartnerLoyalty';
import { PartnerTierBadge } from '../loyalty/PartnerTierBadge';
import { PartnerSales } from '../sales/PartnerSales';
import { PartnerSurveys } from '../surveys/PartnerSurveys';
import { PartnerIncentives } from '../ledger/PartnerIncentives';
import { Anchor, Badge, Button, Grid, Group, Skeleton, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CoreError } from '../../../../shared/errors';
import type { Partner } from '../../../../shared/partners';
import { call } from '../../api/client';
import { useCoreQuery } from '../../api/core-queries';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { errorText } from '../../i18n/error-text';
import { PartnerCommitments } from '../commitments/PartnerCommitments';
import { PartnerContacts } from '../contacts/PartnerContacts';
import { PartnerTimeline } from '../history/PartnerTimeline';
import { useAnnounceWrite } from '../history/use-undo';
import { PartnerVisitNotes } from '../visit-notes/PartnerVisitNotes';
import { PartnerFormModal } from './PartnerFormModal';
import { PartnerGone } from './PartnerGone';
import { PartnerProfile } from './PartnerProfile';
import { PartnerStatusBadge } from './PartnerStatusBadge';

export function PartnerPage() {
  const { partnerId = '' } = useParams();
  const { t } = useTranslation();
  // Set while this partner is being deleted: the change event must not refetch a partner that
  // is about to be gone (it would answer NOT_FOUND for a moment before we navigate away).
  const [leaving, setLeaving] = useState(false);
  const partner = useCoreQuery('partners.get', { id: partnerId }, { enabled: !leaving });

  if (partner.error instanceof CoreError && partner.error.code === 'NOT_FOUND') return <PartnerGone />;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/partners" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('partners.backToList')}
        </Group>
      </Anchor>
      {partner.error ? (
        <QueryErrorAlert error={partner.error} onRetry={() => void partner.refetch()} />
      ) : partner.data ? (
        <PartnerDetails partner={partner.data} onDeletingChange={setLeaving} />
      ) : (
        <PartnerPageSkeleton />
      )}
    </Stack>
  );
}

function PartnerDetails({
  partner,
  onDeletingChange,
}: {
  partner: Partner;
  onDeletingChange: (deleting: boolean) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounceWrite();
  const [editing, editModal] = useDisclosure(false);
  const [confirming, confirmModal] = useDisclosure(false);
  const [deleting, setDeleting] = useState(false);

  async function deletePartner() {
    setDeleting(true);
    try {
      onDeletingChange(true);
      const result = await call('partners.delete', { id: partner.id });
      void navigate('/partners');
      announce(t('partners.deleted', { name: partner.name }), result.batchId);
    } catch (error) {
      onDeletingChange(false);
      confirmModal.close();
      notifications.show({ color: 'red', title: t('partners.deleteFailed'), message: errorText(t, error) });
    } finally {
      setDeleting(false);
    }
  }

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6} miw={0}>
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {partner.name}
          </Title>
          <Group gap="xs">
            <Badge variant="outline">{t(`partnerType.${partner.type}`)}</Badge>
            <PartnerStatusBadge status={partner.status} />
            <PartnerTierBadge partnerId={partner.id} />
            <PartnerRiskBadge partnerId={partner.id} />
            {partner.tags.map((tag) => (
              <Badge key={tag} variant="dot" color="gray" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        </Stack>
        <Group gap="sm" wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={editModal.open}
          >
            {t('partners.edit')}
          </Button>
          <Button
            color="red"
            variant="light"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={confirmModal.open}
          >
            {t('partners.delete')}
          </Button>
        </Group>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <PartnerProfile partner={partner} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <PartnerContacts partner={partner} />
        </Grid.Col>
      </Grid>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <PartnerLoyalty partnerId={partner.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <PartnerSurveys partnerId={partner.id} />
        </Grid.Col>
      </Grid>
      <PartnerSales partnerId={partner.id} />
      <PartnerIncentives partnerId={partner.id} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <PartnerVisitNotes partner={partner} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <PartnerCommitments partner={partner} />
        </Grid.Col>
      </Grid>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <PartnerDisputes partnerId={partner.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <PartnerRetention partnerId={partner.id} />
        </Grid.Col>
      </Grid>
      <PartnerTimeline partnerId={partner.id} />
      <PartnerFormModal opened={editing} onClose={editModal.close} partner={partner} />
      <ConfirmDeleteModal
        opened={confirming}
        title={t('partners.confirmDelete.title')}
        message={t('partners.confirmDelete.message', { name: partner.name })}
        onCancel={confirmModal.close}
        onConfirm={() => void deletePartner()}
        loading={deleting}
      />
    </>
  );
}

function PartnerPageSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" data-testid="partner-skeleton">
      <Skeleton height={32} width="40%" />
      <Skeleton height={20} width="25%" />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Skeleton height={320} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Skeleton height={320} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
