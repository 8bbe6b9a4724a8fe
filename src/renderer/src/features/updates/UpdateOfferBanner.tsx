// Above every screen of the desktop app: a newer version found by the quiet daily check, with its
// notes and Download / Later (then Restart and install). Nothing shows for failed checks.
import { Anchor, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isOffer, UpdateOffer } from './UpdateOffer';
import { useAppUpdates } from './use-app-updates';

export function UpdateOfferBanner() {
  const { t } = useTranslation();
  const { status, request } = useAppUpdates();
  if (!status || !isOffer(status.phase)) return null;
  const { phase } = status;
  if (status.postponedVersion === phase.update.version) return null;
  return (
    <Paper
      component="aside"
      aria-label={t('updates.section.title')}
      withBorder
      p="md"
      mb="md"
      radius="md"
      data-testid="update-offer-banner"
    >
      <UpdateOffer phase={phase} request={request} onLater={() => void request({ action: 'postpone' })} />
      <Anchor component={Link} to="/settings#updates" size="sm" mt="xs" display="inline-block">
        {t('updates.offer.details')}
      </Anchor>
    </Paper>
  );
}
